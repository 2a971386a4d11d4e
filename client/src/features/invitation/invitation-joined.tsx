import { Link } from "react-router-dom";
import { useT } from "../../hooks/use-intl.ts";
import { paths } from "../../paths.ts";

/** The invitation is accepted: where the new member goes from here. */
export function InvitationJoined({ portal }: { portal: string }) {
  const t = useT();
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t("people.invitation.welcome", { portal })}</h1>
      <p>{t("people.invitation.welcomeText", { portal })}</p>
      <p>
        <Link to={paths.account}>{t("people.invitation.toAccount")}</Link>
      </p>
    </div>
  );
}
