import type { CreatedClient } from "@gatehouse/shared";
import { useEffect, useRef } from "react";
import { AppIcon } from "../../components/app-icon.tsx";
import { DoneButton } from "../../components/done-button.tsx";
import { useT } from "../../hooks/use-intl.ts";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { ClientIdLine, ClientSecretField } from "./client-credentials.tsx";

/** A new app's credentials, shown this once: the server keeps only the secret's hash (docs/pages.md#settings). */
export function Registered({ created, onDone }: { created: CreatedClient; onDone: () => void }) {
  const t = useT();
  usePageTitle(t("apps.registered.pageTitle"));
  const heading = useRef<HTMLHeadingElement>(null);
  const { client, client_secret } = created;

  useEffect(() => {
    // The form is gone: the keyboard continues from the news that replaced it.
    heading.current?.focus();
  }, []);

  return (
    <div className="stack page">
      <div className="app-title">
        <AppIcon client={client} />
        <div className="stack-tight">
          <p className="eyebrow">{t("apps.eyebrowForm")}</p>
          <h1 ref={heading} tabIndex={-1}>
            {t("apps.registered.heading", { app: client.name })}
          </h1>
        </div>
      </div>
      <section className="credentials stack" aria-label={t("apps.credentials.label")}>
        <ClientIdLine clientId={client.client_id} />
        {client_secret ? (
          <ClientSecretField secret={client_secret} />
        ) : (
          <p className="notice">{t("apps.registered.public", { app: client.name })}</p>
        )}
      </section>
      <DoneButton onDone={onDone} />
    </div>
  );
}
