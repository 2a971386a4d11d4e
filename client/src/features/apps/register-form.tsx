import type { CreatedClient } from "@gatehouse/shared";
import { useFocusOnOpen } from "../../hooks/use-focus-on-open.ts";
import { usePageTitle } from "../../hooks/use-page-title.ts";
import { ClientForm } from "./client-form/client-form.tsx";

interface RegisterFormProps {
  portal: string;
  onSaved: (created: CreatedClient) => void;
  onCancel: () => void;
}

/** The settings form of a new app; its own component, so that the page title is its own while it shows. */
export function RegisterForm({ portal, onSaved, onCancel }: RegisterFormProps) {
  usePageTitle("Register a new application");
  const heading = useFocusOnOpen();
  return (
    <div className="stack page">
      <div className="stack-tight">
        <p className="eyebrow">Developer tools · OAuth 2.0</p>
        <h1 ref={heading} tabIndex={-1}>
          Register a new application
        </h1>
        <p className="muted">The app will be able to sign in people of {portal} once they allow it.</p>
      </div>
      <ClientForm onSaved={onSaved} onCancel={onCancel} />
    </div>
  );
}
