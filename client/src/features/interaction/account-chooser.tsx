import type { Interaction, Portal, SignedInAccount } from "@gatehouse/shared";
import { choosePortal } from "../../api/session.ts";
import { Alert } from "../../components/alert.tsx";
import { generalFailure } from "../../hooks/action-failures.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import { useSessionStore } from "../../stores/session.ts";
import { AccountChoices } from "../session/account-choices.tsx";

interface AccountChooserProps {
  interaction: Interaction;
  accounts: SignedInAccount[];
  /** Called once a pair is chosen: the interaction decides what comes next. */
  onChosen: () => Promise<void>;
}

/**
 * Several accounts signed in: one click picks the account and the portal for this sign-in request. The
 * `interaction_id` binds the pair to the request, whatever another tab does meanwhile (docs/api.md#several-accounts).
 */
export function AccountChooser({ interaction, accounts, onChosen }: AccountChooserProps) {
  const t = useT();
  const accountChosen = useSessionStore((state) => state.accountChosen);
  const choose = useAction(
    async (account: SignedInAccount, portal: Portal) => {
      const user = await choosePortal({
        portal_id: portal.id,
        account: account.user_id,
        interaction_id: interaction.id,
      });
      accountChosen(account.user_id, user);
      await onChosen();
    },
    {
      failure: (error, account, portal) =>
        generalFailure(t, error) ??
        t("signIn.account.chooseFailed", { portal: portal.name, email: account.email }),
    },
  );
  const running = choose.running;

  return (
    <>
      {choose.failure ? <Alert>{choose.failure}</Alert> : null}
      <AccountChoices
        accounts={accounts}
        running={running ? { userId: running[0].user_id, portalId: running[1].id } : null}
        groupTitle="h2"
        empty={t("signIn.account.noPortal", { app: interaction.client.name })}
        onChoose={(account, portal) => void choose.run(account, portal)}
      />
    </>
  );
}
