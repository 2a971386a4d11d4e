import type { CreatedClient } from "@gatehouse/shared";
import { useEffect, useRef } from "react";
import { AppIcon } from "../../components/app-icon.tsx";
import { DoneButton } from "../../components/done-button.tsx";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { ClientIdLine, ClientSecretField } from "./client-credentials.tsx";

/** A new app's credentials, shown this once: the server keeps only the secret's hash (docs/pages.md#settings). */
export function Registered({ created, onDone }: { created: CreatedClient; onDone: () => void }) {
  usePageTitle("Application registered");
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
          <p className="eyebrow">Developer tools · OAuth 2.0</p>
          <h1 ref={heading} tabIndex={-1}>
            {client.name} is registered
          </h1>
        </div>
      </div>
      <section className="credentials stack" aria-label="Credentials">
        <ClientIdLine clientId={client.client_id} />
        {client_secret ? (
          <ClientSecretField secret={client_secret} />
        ) : (
          <p className="notice">
            {client.name} is a public client: it has no client secret. It proves each sign-in with PKCE
            instead.
          </p>
        )}
      </section>
      <DoneButton onDone={onDone} />
    </div>
  );
}
