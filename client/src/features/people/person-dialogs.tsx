import type { Person, ResetLinkAnswer, Role } from "@gatehouse/shared/schemas/people";
import { type FormEvent, useState } from "react";
import { makeResetLink, removePerson, updatePerson } from "../../api/people.ts";
import { Alert } from "../../components/alert.tsx";
import { ConfirmDialog } from "../../components/confirm-dialog.tsx";
import { Dialog } from "../../components/dialog.tsx";
import { OneTimeLink } from "../../components/one-time-link.tsx";
import { ShownOnceDialog } from "../../components/shown-once-dialog.tsx";
import { useAction } from "../../hooks/use-action.ts";
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
  const [role, setRole] = useState<Role>(person.role);
  const save = useAction(async () => onDone(await updatePerson(person.user_id, { role })), {
    failure: peopleFailure("The role could not be changed. Try again."),
  });

  return (
    <Dialog title={`Change the role of ${person.display_name || person.email}`} onClose={onCancel}>
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
            Cancel
          </button>
          <button type="submit" className="button button-primary" aria-disabled={save.pending || undefined}>
            Save role
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
  const name = person.display_name || person.email;
  return (
    <ConfirmDialog
      title={`Remove ${name} from ${portal}?`}
      confirmLabel="Remove"
      danger
      failure={peopleFailure(`${name} could not be removed. Try again.`)}
      onCancel={onCancel}
      onConfirm={async () => onDone(await removePerson(person.user_id))}
    >
      <p>
        {name} can no longer sign in to {portal}, and every app they allowed here loses its access at once.
        Their account on other portals stays.
      </p>
    </ConfirmDialog>
  );
}

/** Asks for a reset link, then shows it this once to hand over (docs/api.md#people). */
export function ResetLinkDialog({ person, onCancel }: Omit<PersonDialogProps<never>, "onDone">) {
  const [answer, setAnswer] = useState<ResetLinkAnswer | null>(null);
  const name = person.display_name || person.email;
  if (answer) {
    return (
      <ShownOnceDialog title={`Password reset link for ${name}`} onClose={onCancel}>
        <p>Give this link to {name} yourself: anyone who opens it can choose their new password.</p>
        <OneTimeLink label="Reset link" url={answer.reset_url} expiresAt={answer.expires_at} />
      </ShownOnceDialog>
    );
  }
  return (
    <ConfirmDialog
      title={`Make a password reset link for ${name}?`}
      confirmLabel="Make link"
      failure={peopleFailure("The link could not be made. Try again.")}
      onCancel={onCancel}
      onConfirm={async () => setAnswer(await makeResetLink(person.user_id))}
    >
      <p>
        The link lets whoever opens it choose a new password for {person.email}. Their current password keeps
        working until then.
      </p>
    </ConfirmDialog>
  );
}
