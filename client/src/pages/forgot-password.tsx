import { useState } from "react";
import { Link } from "react-router-dom";
import { strongEmail } from "../components/strong-email.tsx";
import { ForgotForm } from "../features/password-reset/forgot-form.tsx";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useIntl, useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { paths } from "../paths.ts";

/**
 * `/forgot-password` (docs/pages.md#password-recovery), linked "Forgot password?" from sign-in. Every email gets
 * the same answer, so the page never tells who has an account.
 */
export function ForgotPasswordPage() {
  const intl = useIntl();
  const t = useT();
  usePageTitle(t("people.forgot.title"));
  const [sentTo, setSentTo] = useState<string | null>(null);
  const region = useFocusOnStep<HTMLDivElement>(sentTo === null ? "form" : "sent");

  return (
    <div ref={region} className="stack">
      {sentTo === null ? (
        <>
          <div className="stack-tight">
            <h1 tabIndex={-1}>{t("people.forgot.heading")}</h1>
            <p className="muted">{t("people.forgot.intro")}</p>
          </div>
          <ForgotForm onSent={setSentTo} />
        </>
      ) : (
        <>
          <h1 tabIndex={-1}>{t("people.forgot.sentHeading")}</h1>
          <p>
            {intl.formatMessage({ id: "people.forgot.sentText" }, { email: sentTo, strong: strongEmail })}
          </p>
          <p className="muted">{t("people.forgot.noMail")}</p>
        </>
      )}
      <p>
        <Link to={paths.account}>{t("people.forgot.back")}</Link>
      </p>
    </div>
  );
}
