import type { Ref } from "react";
import { TextField } from "../../components/form-field.tsx";
import { useT } from "../../hooks/use-intl.ts";

export type CodeKind = "totp" | "recovery_code";

interface CodeFieldProps {
  kind: CodeKind;
  value: string;
  error: string | undefined;
  inputRef: Ref<HTMLInputElement>;
  onValueChange: (value: string) => void;
}

/** "Authentication code" (six digits from the app, filled in by the browser when it can) or "Recovery code". */
export function CodeField({ kind, ...field }: CodeFieldProps) {
  const t = useT();
  return kind === "totp" ? (
    <TextField
      {...field}
      label={t("signIn.code.label")}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      required
      hint={t("signIn.code.hint")}
    />
  ) : (
    <TextField
      {...field}
      label={t("signIn.recovery.label")}
      name="recovery_code"
      autoComplete="off"
      autoCapitalize="none"
      spellCheck={false}
      required
      hint={t("signIn.recovery.hint")}
    />
  );
}
