import { useId } from "react";
import { CopyButton } from "./copy-button.tsx";
import { LocalTime } from "./local-time.tsx";

interface OneTimeLinkProps {
  label: string;
  url: string;
  expiresAt: string;
}

/**
 * A single-use link the server answers once and keeps only as a hash (docs/security.md#one-time-links): shown here to
 * copy, with when it stops working.
 */
export function OneTimeLink({ label, url, expiresAt }: OneTimeLinkProps) {
  const id = useId();
  return (
    <div className="stack-tight">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <div className="copy-row">
        <textarea
          id={id}
          className="field-input mono secret-value"
          readOnly
          rows={2}
          value={url}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-expiry`}
          onFocus={(event) => event.currentTarget.select()}
        />
        <CopyButton value={url} hiddenLabel={label.toLowerCase()} />
      </div>
      <p id={`${id}-expiry`} className="field-hint">
        It works once, until <LocalTime iso={expiresAt} />. It will not be shown again.
      </p>
    </div>
  );
}
