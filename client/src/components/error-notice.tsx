import { usePageTitle } from "../hooks/use-page-title.ts";

interface ErrorNoticeProps {
  code: string;
  description?: string | undefined;
  /** What went wrong in plain words; the default fits a request the app itself got wrong. */
  message?: string;
}

const BAD_REQUEST =
  "The application sent you here with a request Gatehouse cannot accept. Close this page and return to the application.";

/**
 * What the person sees when a request cannot go on. The code and description are rendered as text,
 * and nothing here links back to the app: its redirect URI was never verified (contract §5).
 */
export function ErrorNotice({ code, description, message = BAD_REQUEST }: ErrorNoticeProps) {
  usePageTitle("Error");
  return (
    <div className="stack">
      <h1 tabIndex={-1}>Error</h1>
      <p>{message}</p>
      <dl className="error-details">
        <dt>Error code</dt>
        <dd>
          <code>{code}</code>
        </dd>
        {description ? (
          <>
            <dt>Details</dt>
            <dd>{description}</dd>
          </>
        ) : null}
      </dl>
    </div>
  );
}
