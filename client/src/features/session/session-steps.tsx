import type { Portal } from "@gatehouse/shared";
import type { ApiError } from "../../api/http.ts";
import { Alert } from "../../components/alert.tsx";
import { CancelButton } from "../../components/cancel-button.tsx";
import { StepBanner } from "../../components/step-banner.tsx";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { SignInJourney } from "../second-factor/sign-in-journey.tsx";
import { PortalChoices } from "./portal-choices.tsx";

/** The session could not be checked: the settings cannot be shown, nor sign-in offered. */
export function SessionCheckFailed({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <>
      <h1 tabIndex={-1}>Gatehouse is not answering</h1>
      <Alert>{error.description ?? "Your session could not be checked. Try again."}</Alert>
      <button type="button" className="button button-primary" onClick={onRetry}>
        Try again
      </button>
    </>
  );
}

/** The store's new session shows the page: nothing else follows the sign-in. */
export function SessionSignInStep() {
  return <SignInJourney subtitle="to manage your Gatehouse settings" onSignedIn={async () => {}} />;
}

interface SessionPortalStepProps {
  email: string;
  portals: Portal[];
  onChosen: () => Promise<void>;
  /** Offered when a portal is already chosen: the person may keep it. */
  onCancel: (() => void) | undefined;
}

export function SessionPortalStep({ email, portals, onChosen, onCancel }: SessionPortalStepProps) {
  usePageTitle("Choose portal");
  return (
    <div className="stack">
      <StepBanner title="Choose portal">
        Signed in as <strong className="identity-email">{email}</strong>
      </StepBanner>
      <PortalChoices portals={portals} onChosen={onChosen} />
      <CancelButton onCancel={onCancel} />
    </div>
  );
}
