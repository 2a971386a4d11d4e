import { CopyBox } from "./copy-box.tsx";
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
  return (
    <CopyBox
      label={label}
      value={url}
      rows={2}
      copyLabel={label.toLowerCase()}
      hint={
        <>
          It works once, until <LocalTime iso={expiresAt} />. It will not be shown again.
        </>
      }
    />
  );
}
