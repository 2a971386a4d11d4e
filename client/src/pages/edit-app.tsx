import { useCallback } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { getClient } from "../api/clients.ts";
import { Alert } from "../components/alert.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { ClientForm } from "../features/apps/client-form/client-form.tsx";
import type { SavedNotice } from "../features/apps/saved-notice.ts";
import { useFocusOnOpen } from "../hooks/use-focus-on-open.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";
import { paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";

/** `/developer-tools/oauth/:clientId/edit`: the same form, filled with the app's settings. */
export function EditAppPage() {
  const { clientId = "" } = useParams();
  const navigate = useNavigate();
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? "this portal";
  const { view } = useRemote(useCallback(() => getClient(clientId), [clientId]));
  const title = view.kind === "ready" ? `Edit ${view.value.name}` : "Edit application";
  usePageTitle(title);
  const heading = useFocusOnOpen();

  const back = () => navigate(paths.developerTools);

  return (
    <div className="stack page">
      <div className="stack-tight">
        <p className="eyebrow">Developer tools · OAuth 2.0</p>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
      </div>
      {view.kind === "loading" ? <LoadingStatus /> : null}
      {view.kind === "failed" ? (
        <div className="stack-tight">
          <Alert>
            {view.error.status === 403
              ? `Only owners and admins of ${portal} can manage apps.`
              : view.error.status === 404
                ? `There is no such app on ${portal}.`
                : (view.error.description ?? "The app could not be loaded.")}
          </Alert>
          <div>
            <button type="button" className="button button-secondary" onClick={back}>
              Back to the apps
            </button>
          </div>
        </div>
      ) : null}
      {view.kind === "ready" ? (
        <ClientForm
          client={view.value}
          onSaved={({ client }) =>
            navigate(paths.developerTools, { state: { saved: client.name } satisfies SavedNotice })
          }
          onCancel={back}
        />
      ) : null}
    </div>
  );
}
