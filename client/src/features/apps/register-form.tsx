import type { CreatedClient } from "@gatehouse/shared";
import { useFocusOnOpen } from "../../hooks/use-focus-on-open.ts";
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
  const heading = useFocusOnOpen();
  return (
    <div className="stack page">
      <div className="stack-tight">
        <p className="eyebrow">{t("apps.eyebrowForm")}</p>
        <h1 ref={heading} tabIndex={-1}>
          {t("apps.register.heading")}
        </h1>
        <p className="muted">
          {portal ? t("apps.register.intro", { portal }) : t("apps.register.introNoPortal")}
        </p>
      </div>
      <ClientForm onSaved={onSaved} onCancel={onCancel} />
    </div>
  );
}
