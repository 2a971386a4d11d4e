import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { HomeLink } from "./home-link.tsx";

interface ErrorNoticeProps {
  /** The error code, or null when there is none fit to show. */
  code: string | null;
  /** What went wrong in plain words, from a fixed catalogue; the default fits a request the app itself got wrong. */
  message?: string;
  /** What the person can do next, when the message does not say. */
  advice?: string;
}

/**
 * What the person sees when a request cannot go on: the catalogue's sentence, the code as text, and a link to
 * Gatehouse's home. No description is shown, even the server's own (it is written for developers), and nothing
 * links back to the app: its redirect URI was never verified (docs/pages.md#error).
 */
export function ErrorNotice({ code, message, advice }: ErrorNoticeProps) {
  const t = useT();
  usePageTitle(t("consent.error.heading"));
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("consent.error.heading")}</h1>
      <p>{message ?? t("consent.error.badRequest")}</p>
      {advice ? <p>{advice}</p> : null}
      {code !== null ? (
        <dl className="error-details">
          <dt>{t("consent.error.code")}</dt>
          <dd>
            <code>{code}</code>
          </dd>
        </dl>
      ) : null}
      <HomeLink />
    </div>
  );
}
