import type { CreatedClient } from "@gatehouse/shared";
import { PageHeader } from "../../components/page-header.tsx";
import { useT } from "../../hooks/use-intl.ts";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { ClientForm } from "./client-form/client-form.tsx";

interface RegisterFormProps {
  /** The current portal's name; null when none is chosen. */
  portal: string | null;
  onSaved: (created: CreatedClient) => void;
  onCancel: () => void;
}

/** The settings form of a new app; its own component, so that the page title is its own while it shows. */
export function RegisterForm({ portal, onSaved, onCancel }: RegisterFormProps) {
  const t = useT();
  usePageTitle(t("apps.register.heading"));
  return (
    <div className="stack page">
      <PageHeader title={t("apps.register.heading")} eyebrow={t("apps.eyebrowForm")}>
        {portal ? t("apps.register.intro", { portal }) : t("apps.register.introNoPortal")}
      </PageHeader>
      <ClientForm onSaved={onSaved} onCancel={onCancel} />
    </div>
  );
}
