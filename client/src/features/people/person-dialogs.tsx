import type { Person, ResetLinkAnswer, Role } from "@gatehouse/shared/schemas/people";
import { type FormEvent, useState } from "react";
import { makeResetLink, removePerson, updatePerson } from "../../api/people.ts";
import { Alert } from "../../components/alert.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { Dialog } from "../../components/dialog.tsx";
import { OneTimeLink } from "../../components/one-time-link.tsx";
import { ShownOnceDialog } from "../../components/shown-once-dialog.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { useT } from "../../hooks/use-intl.ts";
import { peopleFailure } from "./people-failure.ts";
import { RoleChoice } from "./role-choice.tsx";

interface PersonDialogProps<Answer> {
  person: Person;
  onCancel: () => void;
  onDone: (answer: Answer) => void;
}

/** A new role for one member; the server keeps the portal's last active owner (409 `last_owner`). */
export function RoleDialog({
  person,
  offerOwner,
  onCancel,
  onDone,
}: PersonDialogProps<Person> & { offerOwner: boolean }) {
  const t = useT();
  const [role, setRole] = useState<Role>(person.role);
  const save = useAction(async () => onDone(await updatePerson(person.user_id, { role })), {
    failure: peopleFailure(t, t("people.roleDialog.failed")),
  });

  return (
    <Dialog
      title={t("people.roleDialog.title", { name: person.display_name || person.email })}
      onClose={onCancel}
    >
      <form
        className="stack"
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          void save.run();
        }}
      >
        <RoleChoice value={role} offerOwner={offerOwner} onChange={setRole} />
        {save.failure ? <Alert>{save.failure}</Alert> : null}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button-primary" aria-disabled={save.pending || undefined}>
            {t("people.roleDialog.save")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Asks before the person loses the portal and every grant they gave its apps. */
export function RemovePersonDialog({
  person,
  portal,
  onCancel,
  onDone,
}: PersonDialogProps<void> & { portal: string }) {
  const t = useT();
  const name = person.display_name || person.email;
  return (
    <ConfirmDialog
      title={t("people.removeDialog.title", { name, portal })}
      confirmLabel={t("common.remove")}
      danger
      failure={peopleFailure(t, t("people.removeDialog.failed", { name }))}
      onCancel={onCancel}
      onConfirm={async () => onDone(await removePerson(person.user_id))}
    >
      <p>{t("people.removeDialog.text", { name, portal })}</p>
    </ConfirmDialog>
  );
}

/** Asks for a reset link, then shows it this once to hand over (docs/api.md#people). */
export function ResetLinkDialog({ person, onCancel }: Omit<PersonDialogProps<never>, "onDone">) {
  const t = useT();
  const [answer, setAnswer] = useState<ResetLinkAnswer | null>(null);
  const name = person.display_name || person.email;
  if (answer) {
    return (
      <ShownOnceDialog title={t("people.resetDialog.linkTitle", { name })} onClose={onCancel}>
        <p>{t("people.resetDialog.linkText", { name })}</p>
        <OneTimeLink
          label={t("people.resetDialog.link")}
          url={answer.reset_url}
          expiresAt={answer.expires_at}
        />
      </ShownOnceDialog>
    );
  }
  return (
    <ConfirmDialog
      title={t("people.resetDialog.title", { name })}
      confirmLabel={t("people.resetDialog.confirm")}
      failure={peopleFailure(t, t("people.resetDialog.failed"))}
      onCancel={onCancel}
      onConfirm={async () => setAnswer(await makeResetLink(person.user_id))}
    >
      <p>{t("people.resetDialog.text", { email: person.email })}</p>
    </ConfirmDialog>
  );
}
