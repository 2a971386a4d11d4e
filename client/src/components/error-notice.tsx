import { usePageTitle } from "../hooks/use-page-title.ts";

interface ErrorNoticeProps {
  /** The error code, or null when there is none fit to show. */
  code: string | null;
  description?: string | undefined;
  /** What went wrong in plain words; the default fits a request the app itself got wrong. */
  message?: string;
  /** What the person can do next, when the message does not say. */
  advice?: string;
}

const BAD_REQUEST =
  "The application sent you here with a request Gatehouse cannot accept. Close this page and return to the application.";

/**
 * What the person sees when a request cannot go on. The code and description are rendered as text,
 * and nothing here links back to the app: its redirect URI was never verified (docs/pages.md#error).
 */
export function ErrorNotice({ code, description, message = BAD_REQUEST, advice }: ErrorNoticeProps) {
  usePageTitle("Error");
  const details = code !== null || Boolean(description);
  return (
    <div className="stack">
      <h1 tabIndex={-1}>Error</h1>
      <p>{message}</p>
      {advice ? <p>{advice}</p> : null}
      {details ? (
        <dl className="error-details">
          {code !== null ? (
            <>
              <dt>Error code</dt>
              <dd>
                <code>{code}</code>
              </dd>
            </>
          ) : null}
          {description ? (
            <>
              <dt>Details</dt>
              <dd>{description}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
    </div>
  );
}
