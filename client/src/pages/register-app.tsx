import type { CreatedClient } from "@gatehouse/shared";
import { useEffect, useRef, useState } from "react";
import { useNavigate } from "react-router-dom";
import { AppIcon } from "../components/app-icon.tsx";
import { ClientIdLine, ClientSecretField } from "../components/client-credentials.tsx";
import { ClientForm } from "../components/client-form.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";

/** `/developer-tools/oauth/new`: the settings form, then the new app's credentials, shown this once. */
export function RegisterAppPage() {
  const navigate = useNavigate();
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? "this portal";
  const [created, setCreated] = useState<CreatedClient | null>(null);

  if (created) return <Registered created={created} onDone={() => navigate(paths.developerTools)} />;
  return (
    <RegisterForm portal={portal} onSaved={setCreated} onCancel={() => navigate(paths.developerTools)} />
  );
}

function RegisterForm({
  portal,
  onSaved,
  onCancel,
}: {
  portal: string;
  onSaved: (created: CreatedClient) => void;
  onCancel: () => void;
}) {
  usePageTitle("Register a new application");
  return (
    <div className="stack page">
      <div className="stack-tight">
        <p className="eyebrow">Developer tools · OAuth 2.0</p>
        <h1 tabIndex={-1}>Register a new application</h1>
        <p className="muted">The app will be able to sign in people of {portal} once they allow it.</p>
      </div>
      <ClientForm onSaved={onSaved} onCancel={onCancel} />
    </div>
  );
}

function Registered({ created, onDone }: { created: CreatedClient; onDone: () => void }) {
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
      <div>
        <button type="button" className="button button-primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
