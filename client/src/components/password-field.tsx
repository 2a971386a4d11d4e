import { type InputHTMLAttributes, type ReactNode, type Ref, useState } from "react";
import { useT } from "../hooks/use-intl.ts";
import { FieldLabel } from "./field-label.tsx";
import { describedBy, FieldError, useFieldIds } from "./form-field.tsx";

type PasswordFieldProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "type" | "value" | "onChange" | "children"
> & {
  label: string;
  value: string;
  /** What Submit or the server found wrong. */
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
  onValueChange: (value: string) => void;
  /** Shown under the field and named by its `aria-describedby`: the rules, or what is wrong with them now. */
  children?: (ids: { hintId: string }) => ReactNode;
};

/** A password input with a "Show password" toggle, so a long password can be checked before it is sent. */
export function PasswordField({
  label,
  value,
  error,
  inputRef,
  onValueChange,
  children,
  "aria-invalid": markedInvalid,
  "aria-describedby": describedElsewhere,
  ...input
}: PasswordFieldProps) {
  const { id, hintId, errorId, invalid } = useFieldIds(error);
  const t = useT();
  const [shown, setShown] = useState(false);
  return (
    <div className="field">
      <FieldLabel htmlFor={id}>{label}</FieldLabel>
      <div className="password-row">
        <input
          {...input}
          id={id}
          ref={inputRef}
          className="field-input"
          type={shown ? "text" : "password"}
          value={value}
          spellCheck={false}
          autoCapitalize="none"
          // A form may mark the field wrong by a message of its own (sign-in's one alert for both fields).
          aria-invalid={invalid ?? markedInvalid}
          aria-describedby={describedBy(describedElsewhere, children !== undefined && hintId, errorId)}
          onChange={(event) => onValueChange(event.target.value)}
        />
        <button
          type="button"
          className="button button-secondary button-small password-toggle"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((current) => !current)}
        >
          {t("common.showPassword")}
        </button>
      </div>
      {children?.({ hintId })}
      <FieldError id={errorId} error={error} />
    </div>
  );
}
