import { type Account, type UpdateAccount, updateAccountSchema } from "@gatehouse/shared/schemas/account";
import { type FormEvent, useId, useState } from "react";
import { updateAccount } from "../../api/account.ts";
import { DisplayNameField } from "../../components/display-name-field.tsx";
import { FormFooter } from "../../components/form-footer.tsx";
import { useAction } from "../../hooks/use-action.ts";
import { issueErrors, useFormDraft } from "../../hooks/use-form-draft.ts";
import { useT } from "../../hooks/use-intl.ts";
import { useSessionStore } from "../../stores/session.ts";

const FIELDS = ["display_name"] as const;

/** "Profile": the name apps and other members see; the email is the sign-in name and stays. */
export function ProfileSection({ account }: { account: Account }) {
  const t = useT();
  const headingId = useId();
  const renamed = useSessionStore((state) => state.renamed);
  const form = useFormDraft(FIELDS, { display_name: account.display_name });
  const [notice, setNotice] = useState<string | null>(null);
  const save = useAction(
    async (body: UpdateAccount) => {
      const saved = await updateAccount(body);
      renamed(saved.display_name);
      setNotice(t("account.profile.saved"));
    },
    {
      failure: t("account.profile.failed"),
    },
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice(null);
    save.reset();
    const parsed = updateAccountSchema.safeParse(form.draft.values);
    if (parsed.success) void save.run(parsed.data);
    else form.showErrors(issueErrors(FIELDS, parsed.error.issues));
  }

  return (
    <section className="form-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("account.profile.heading")}</h2>
      <p>
        <span className="field-label">{t("common.email")}</span>{" "}
        <span className="identity-email">{account.email}</span>
      </p>
      <form className="stack" noValidate onSubmit={submit}>
        <DisplayNameField hint={t("account.profile.hint")} {...form.field("display_name")} />
        <FormFooter action={save} label={t("account.profile.save")} notice={notice} />
      </form>
    </section>
  );
}
