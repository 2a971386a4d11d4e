import { newPasswordSchema } from "@gatehouse/shared/schemas/account";
import { type Setup, setupSchema } from "@gatehouse/shared/schemas/people";
import type { FormEvent } from "react";
import { runSetup } from "../../api/setup.ts";
import { EmailField } from "../../components/email-field.tsx";
import { TextField } from "../../components/form-field.tsx";
import { FormFooter } from "../../components/form-footer.tsx";
import { NewPersonFields } from "../../components/new-person-fields.tsx";
import { failureText, onLinkPasswordRefused } from "../../hooks/action-failures.ts";
import { issueText, issueTexts } from "../../hooks/issue-messages.ts";
import { useAction } from "../../hooks/use-action.ts";
import { useFormDraft } from "../../hooks/use-form-draft.ts";
import { useT } from "../../hooks/use-intl.ts";
import { useSessionStore } from "../../stores/session.ts";

const FIELDS = ["portal_name", "email", "display_name", "password"] as const;

interface SetupFormProps {
  token: string;
  /** The portal and its owner exist and the owner is signed in. */
  onDone: () => void;
  /** 410: the link was used or has expired. */
  onExpired: () => void;
}

/** The first portal and its owner: the portal's name, then the owner's email, name and password. */
export function SetupForm({ token, onDone, onExpired }: SetupFormProps) {
  const t = useT();
  const signedIn = useSessionStore((state) => state.signedIn);
  const form = useFormDraft(FIELDS, { portal_name: "", email: "", display_name: "", password: "" });
  const submit = useAction(
    async (body: Setup) => {
      signedIn(await runSetup(body));
      onDone();
    },
    {
      failure: failureText(t, t("people.setup.failed"), [410]),
      onFailure: onLinkPasswordRefused(t, onExpired, (password) => form.showErrors({ password })),
    },
  );
  const { values } = form.draft;

  function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submit.reset();
    const parsed = setupSchema.safeParse({ ...values, token });
    const fieldErrors = parsed.success ? {} : issueTexts(t, FIELDS, parsed.error.issues);
    const password = newPasswordSchema(parsed.data?.email ?? values.email).safeParse(values.password);
    const passwordIssue = password.error?.issues[0];
    if (passwordIssue) fieldErrors.password ??= issueText(t, "password", passwordIssue);
    if (parsed.success && password.success) void submit.run(parsed.data);
    else form.showErrors(fieldErrors);
  }

  return (
    <form className="stack" noValidate onSubmit={send}>
      <TextField
        label={t("people.setup.portalName")}
        autoComplete="organization"
        required
        hint={t("people.setup.portalNameHint")}
        {...form.field("portal_name")}
      />
      <EmailField autoComplete="username" hint={t("people.setup.emailHint")} {...form.field("email")} />
      <NewPersonFields
        name={form.field("display_name")}
        password={form.field("password")}
        email={values.email.trim().toLowerCase()}
      />
      <FormFooter action={submit} label={t("people.setup.submit")} block />
    </form>
  );
}
