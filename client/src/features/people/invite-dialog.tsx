import {
  type InvitationAnswer,
  type InvitePerson,
  invitePersonSchema,
  roleSchema,
} from "@gatehouse/shared/schemas/people";
import { type FormEvent, useState } from "react";
import { invitePerson } from "../../api/people.ts";
import { Alert } from "../../components/alert.tsx";
import { Dialog } from "../../components/dialog.tsx";
import { EmailField } from "../../components/email-field.tsx";
import { OneTimeLink } from "../../components/one-time-link.tsx";
import { ShownOnceDialog } from "../../components/shown-once-dialog.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { issueErrors, useFormDraft } from "../../hooks/use-form-draft.ts";
import { peopleFailure } from "./people-failure.ts";
import { RoleChoice } from "./role-choice.tsx";

const FIELDS = ["email", "role"] as const;

interface InviteDialogProps {
  portal: string;
  offerOwner: boolean;
  onClose: () => void;
  /** A new invitation is on the list: the page loads it again. */
  onInvited: () => void;
}

/**
 * "Invite people" (docs/pages.md#people): an email and a role, then the single-use link shown this once to copy,
 * with when it stops working. Whether a mail went out is not claimed: the answer does not say.
 */
export function InviteDialog({ portal, offerOwner, onClose, onInvited }: InviteDialogProps) {
  const form = useFormDraft(FIELDS, { email: "", role: "user" });
  const [sent, setSent] = useState<(InvitationAnswer & { email: string }) | null>(null);
  const invite = useAction(
    async (body: InvitePerson) => {
      const answer = await invitePerson(body);
      setSent({ ...answer, email: body.email });
      onInvited();
    },
    {
      failure: peopleFailure("The invitation could not be made. Try again."),
      onFailure: (error) => {
        if (error.status === 400 && error.description) form.showErrors({ email: error.description });
      },
    },
  );
  const role = roleSchema.safeParse(form.draft.values.role).data ?? "user";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    invite.reset();
    const parsed = invitePersonSchema.safeParse(form.draft.values);
    if (!parsed.success) {
      form.showErrors(issueErrors(FIELDS, parsed.error.issues));
      return;
    }
    void invite.run(parsed.data);
  }

  if (sent) {
    return (
      <ShownOnceDialog title={`${sent.email} is invited`} onClose={onClose}>
        <p>
          Send this link to {sent.email}. Opening it, they choose their name and password and join {portal}.
        </p>
        <OneTimeLink label="Invitation link" url={sent.invitation_url} expiresAt={sent.expires_at} />
      </ShownOnceDialog>
    );
  }

  return (
    <Dialog title={`Invite people to ${portal}`} onClose={onClose}>
      <form className="stack" noValidate onSubmit={submit}>
        <EmailField autoComplete="off" {...form.field("email")} />
        <RoleChoice value={role} offerOwner={offerOwner} onChange={form.typed("role")} />
        {invite.failure && form.draft.errors.email === undefined ? <Alert>{invite.failure}</Alert> : null}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" aria-disabled={invite.pending || undefined}>
            Invite
          </button>
        </div>
      </form>
    </Dialog>
  );
}
