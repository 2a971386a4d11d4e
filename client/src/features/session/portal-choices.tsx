import type { Portal, User } from "@gatehouse/shared";
import { choosePortal } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { Glyph } from "../../components/glyph.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import { useSessionStore } from "../../stores/session.ts";

interface PortalChoicesProps {
  portals: Portal[];
  /** The sign-in request the portal is chosen for: the server refuses a portal where its app may not be used. */
  interactionId?: string;
  /** Called once a portal is chosen, with the session already in the store. */
  onChosen: (user: User) => Promise<void>;
}

/** docs/pages.md, portal chooser: one button per portal, named by the portal's name. */
export function PortalChoices({ portals, interactionId, onChosen }: PortalChoicesProps) {
  const t = useT();
  const portalChosen = useSessionStore((state) => state.portalChosen);
  const choose = useAction(
    async (portal: Portal) => {
      const user = await choosePortal(
        interactionId === undefined
          ? { portal_id: portal.id }
          : { portal_id: portal.id, interaction_id: interactionId },
      );
      portalChosen(user);
      await onChosen(user);
    },
    {
      failure: (error, portal) =>
        generalFailure(t, error) ?? t("signIn.portal.chooseFailed", { portal: portal.name }),
    },
  );

  return (
    <>
      {choose.failure ? <Alert>{choose.failure}</Alert> : null}
      {portals.length === 0 ? (
        <p>{t("signIn.portal.none")}</p>
      ) : (
        <ul className="choice-list">
          {portals.map((portal) => (
            <li key={portal.id}>
              <button
                type="button"
                className="choice"
                disabled={choose.pending}
                aria-busy={choose.running?.[0].id === portal.id}
                onClick={() => void choose.run(portal)}
              >
                <span className="choice-avatar" aria-hidden="true">
                  {portal.name.slice(0, 1).toUpperCase()}
                </span>
                <span className="choice-name">{portal.name}</span>
                <Glyph className="choice-chevron" path="m7.5 4.5-1.4 1.4 4.1 4.1-4.1 4.1 1.4 1.4 5.5-5.5Z" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
