import type { CreatedClient } from "@gatehouse/shared";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { ClientForm } from "../features/apps/client-form/client-form.tsx";
import { Registered } from "../features/apps/registered.tsx";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";

/** `/developer-tools/oauth/new`: the settings form, then the new app's credentials, shown this once. */
export function RegisterAppPage() {
  const navigate = useNavigate();
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? "this portal";
  const [created, setCreated] = useState<CreatedClient | null>(null);
  const back = () => navigate(paths.developerTools);

  if (created) return <Registered created={created} onDone={back} />;
  return <RegisterForm portal={portal} onSaved={setCreated} onCancel={back} />;
}

interface RegisterFormProps {
  portal: string;
  onSaved: (created: CreatedClient) => void;
  onCancel: () => void;
}

// Its own component, so that the page title changes only while the form is shown.
function RegisterForm({ portal, onSaved, onCancel }: RegisterFormProps) {
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
