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
import { issueTexts } from "../../hooks/issue-messages.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useFormDraft } from "../../hooks/use-form-draft.ts";
import { useT } from "../../hooks/use-intl.ts";
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
  const t = useT();
  const form = useFormDraft(FIELDS, { email: "", role: "user" });
  const [sent, setSent] = useState<(InvitationAnswer & { email: string }) | null>(null);
  const invite = useAction(
    async (body: InvitePerson) => {
      const answer = await invitePerson(body);
      setSent({ ...answer, email: body.email });
      onInvited();
    },
    {
      failure: peopleFailure(t, t("people.inviteDialog.failed")),
      // The one refusal the form cannot foresee: the email already belongs to a member (docs/api.md#people).
      onFailure: (error) => {
        if (error.status === 400)
          form.showErrors({ email: t("people.inviteDialog.alreadyMember", { portal }) });
      },
    },
  );
  const role = roleSchema.safeParse(form.draft.values.role).data ?? "user";

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    invite.reset();
    const parsed = invitePersonSchema.safeParse(form.draft.values);
    if (!parsed.success) {
      form.showErrors(issueTexts(t, FIELDS, parsed.error.issues));
      return;
    }
    void invite.run(parsed.data);
  }

  if (sent) {
    return (
      <ShownOnceDialog title={t("people.inviteDialog.sentTitle", { email: sent.email })} onClose={onClose}>
        <p>{t("people.inviteDialog.sentText", { email: sent.email, portal })}</p>
        <OneTimeLink
          label={t("people.inviteDialog.link")}
          url={sent.invitation_url}
          expiresAt={sent.expires_at}
        />
      </ShownOnceDialog>
    );
  }

  return (
    <Dialog title={t("people.inviteDialog.title", { portal })} onClose={onClose}>
      <form className="stack" noValidate onSubmit={submit}>
        <EmailField autoComplete="off" {...form.field("email")} />
        <RoleChoice value={role} offerOwner={offerOwner} onChange={form.typed("role")} />
        {invite.failure && form.draft.errors.email === undefined ? <Alert>{invite.failure}</Alert> : null}
        <div className="dialog-actions">
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t("common.cancel")}
          </button>
          <button type="submit" className="button button-primary" aria-disabled={invite.pending || undefined}>
            {t("people.inviteDialog.submit")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
