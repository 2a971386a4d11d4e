import { useT } from "../../hooks/use-intl.ts";

/** A used, expired or unknown invitation (410 `expired`), or a link cut short. */
export function InvitationDead({ missing }: { missing: boolean }) {
  const t = useT();
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t(missing ? "people.invitation.incomplete" : "people.invitation.dead")}</h1>
      <p>{t(missing ? "people.invitation.incompleteText" : "people.invitation.deadText")}</p>
      <p className="muted">{t("people.invitation.askAgain")}</p>
    </div>
  );
}
