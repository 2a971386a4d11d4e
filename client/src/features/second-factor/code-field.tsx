import type { Ref } from "react";
import { TextField } from "../../components/form-field.tsx";

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
  return kind === "totp" ? (
    <TextField
      {...field}
      label="Authentication code"
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      spellCheck={false}
      required
      hint="The 6-digit code your authenticator app shows now."
    />
  ) : (
    <TextField
      {...field}
      label="Recovery code"
      name="recovery_code"
      autoComplete="off"
      autoCapitalize="none"
      spellCheck={false}
      required
      hint="One of the codes you saved when you set up two-factor authentication. Each works once."
    />
  );
}
