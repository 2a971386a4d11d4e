import type { ClientSummary } from "@gatehouse/shared";
import { useT } from "../../hooks/use-intl.ts";
import { SignInJourney } from "../second-factor/sign-in-journey.tsx";

interface AnotherAccountProps {
  /** Under the heading: for what the account is added. */
  subtitle: string;
  client?: Pick<ClientSummary, "name" | "logo_uri">;
  /** Called once the new account is signed in beside the others. */
  onSignedIn: () => Promise<void>;
  /** Back to where "Use another account" was chosen, nobody added. */
  onCancel: () => void;
}

/**
 * "Use another account": sign-in that adds an account and signs nobody out (docs/pages.md#several-accounts); the
 * email starts empty, since whoever is signed in already is not the one wanted.
 */
export function AnotherAccount({ subtitle, client, onSignedIn, onCancel }: AnotherAccountProps) {
  const t = useT();
  return (
    <div className="stack">
      <SignInJourney subtitle={subtitle} client={client} initialEmail="" onSignedIn={onSignedIn} />
      <p className="muted">{t("signIn.othersStay")}</p>
      <button type="button" className="button button-secondary" onClick={onCancel}>
        {t("common.cancel")}
      </button>
    </div>
  );
}
