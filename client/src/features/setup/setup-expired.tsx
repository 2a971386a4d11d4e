import { useT } from "../../hooks/use-intl.ts";

/** The setup link is missing, used or expired: what an operator can do about it (docs/pages.md#one-time-links). */
export function SetupLinkDead({ missing }: { missing: boolean }) {
  const t = useT();
  return (
    <div className="stack">
      <h1 tabIndex={-1}>{t(missing ? "people.setup.incomplete" : "people.setup.dead")}</h1>
      <p>{t(missing ? "people.setup.incompleteText" : "people.setup.deadText")}</p>
      <p className="muted">{t("people.setup.deadHelp")}</p>
    </div>
  );
}
