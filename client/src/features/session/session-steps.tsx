import type { Portal } from "@gatehouse/shared";
import type { ApiError } from "../../api/http.ts";
import { Alert } from "../../components/alert.tsx";
import { CancelButton } from "../../components/cancel-button.tsx";
import { StepBanner } from "../../components/step-banner.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useIntl, useT } from "../../hooks/use-intl.ts";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { SignInJourney } from "../second-factor/sign-in-journey.tsx";
import { PortalChoices } from "./portal-choices.tsx";

/** The session could not be checked: the settings cannot be shown, nor sign-in offered. */
export function SessionCheckFailed({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const t = useT();
  return (
    <>
      <h1 tabIndex={-1}>{t("signIn.session.noAnswer")}</h1>
      <Alert>{generalFailure(t, error) ?? t("signIn.session.checkFailed")}</Alert>
      <button type="button" className="button button-primary" onClick={onRetry}>
        {t("common.tryAgain")}
      </button>
    </>
  );
}

/** The store's new session shows the page: nothing else follows the sign-in. */
export function SessionSignInStep() {
  const t = useT();
  return <SignInJourney subtitle={t("signIn.forSettings")} onSignedIn={async () => {}} />;
}

interface SessionPortalStepProps {
  email: string;
  portals: Portal[];
  onChosen: () => Promise<void>;
  /** Offered when a portal is already chosen: the person may keep it. */
  onCancel: (() => void) | undefined;
}

export function SessionPortalStep({ email, portals, onChosen, onCancel }: SessionPortalStepProps) {
  const intl = useIntl();
  const title = intl.formatMessage({ id: "signIn.portal.heading" });
  usePageTitle(title);
  return (
    <div className="stack">
      <StepBanner title={title}>
        {intl.formatMessage(
          { id: "signIn.portal.signedInAs" },
          { email, b: (chunks) => <strong className="identity-email">{chunks}</strong> },
        )}
      </StepBanner>
      <PortalChoices portals={portals} onChosen={onChosen} />
      <CancelButton onCancel={onCancel} />
    </div>
  );
}
