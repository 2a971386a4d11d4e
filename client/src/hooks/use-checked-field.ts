import { useRef, useState } from "react";
import type { z } from "zod";

/**
 * A form's single field (a code, a password typed again): its value, the error shown under it, and the
 * input the keyboard goes back to when Submit or the server refuses it. `field` spreads onto a
 * `TextField`, `CodeField` or `PasswordField`; typing clears the error.
 */
export function useCheckedField() {
  const [value, setValue] = useState("");
  const [error, setError] = useState<string>();
  const inputRef = useRef<HTMLInputElement>(null);

  /** Empties the field, says `message` under it (none: only empties it), and puts the keyboard back in it. */
  function refuse(message?: string) {
    setValue("");
    if (message !== undefined) setError(message);
    inputRef.current?.focus();
  }

  /** The value as `schema` reads it; or null, the schema's first message (else `fallback`) shown under the field. */
  function checked<T>(schema: z.ZodType<T, string>, fallback: string): T | null {
    const result = schema.safeParse(value);
    if (result.success) {
      setError(undefined);
      return result.data;
    }
    setError(result.error.issues[0]?.message ?? fallback);
    inputRef.current?.focus();
    return null;
  }

  return {
    field: {
      value,
      error,
      inputRef,
      onValueChange: (next: string) => {
        setValue(next);
        setError(undefined);
      },
    },
    checked,
    refuse,
    /** Clears the error alone (the person switched to another kind of code). */
    clearError: () => setError(undefined),
  };
}
