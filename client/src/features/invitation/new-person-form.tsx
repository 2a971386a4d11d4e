import { displayNameSchema, newPasswordSchema } from "@gatehouse/shared/schemas/account";
import type { FormEvent } from "react";
import { acceptInvitation } from "../../api/invitations.ts";
import { FormFooter } from "../../components/form-footer.tsx";
import { NewPersonFields } from "../../components/new-person-fields.tsx";
import { onLinkPasswordRefused } from "../../hooks/action-failures.ts";
import { issueText } from "../../hooks/issue-messages.ts";
import { useAction } from "../../hooks/use-action.ts";
import { type FormErrors, useFormDraft } from "../../hooks/use-form-draft.ts";
import { useT } from "../../hooks/use-intl.ts";
import { acceptFailure } from "./accept-failure.ts";
import type { Joining } from "./joining.ts";

const FIELDS = ["display_name", "password"] as const;

/** Someone new to Gatehouse names themselves and chooses a password for the invited email. */
export function NewPersonForm({ token, email, onJoined, onExpired }: Joining) {
  const t = useT();
  const form = useFormDraft(FIELDS, { display_name: "", password: "" });
  const accept = useAction(
    async (display_name: string, password: string) => {
      await acceptInvitation({ token, display_name, password });
      onJoined();
    },
    {
      failure: acceptFailure(t),
      onFailure: onLinkPasswordRefused(t, onExpired, (password) => form.showErrors({ password })),
    },
  );
  const { values } = form.draft;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    accept.reset();
    const found: FormErrors<(typeof FIELDS)[number]> = {};
    const name = displayNameSchema.safeParse(values.display_name);
    const nameIssue = name.error?.issues[0];
    if (nameIssue) found.display_name = issueText(t, "display_name", nameIssue);
    const password = newPasswordSchema(email).safeParse(values.password);
    const passwordIssue = password.error?.issues[0];
    if (passwordIssue) found.password = issueText(t, "password", passwordIssue);
    if (name.success && password.success) void accept.run(name.data, password.data);
    else form.showErrors(found);
  }

  return (
    <form className="stack" noValidate onSubmit={submit}>
      {/* Password managers file the new password under this name. */}
      <input type="email" name="email" autoComplete="username" value={email} readOnly hidden />
      <NewPersonFields
        name={form.field("display_name")}
        password={form.field("password")}
        email={email}
        nameHint={t("people.invitation.nameHint")}
      />
      <FormFooter action={accept} label={t("people.invitation.createAndJoin")} block />
    </form>
  );
}
