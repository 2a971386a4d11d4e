import type { Client } from "@gatehouse/shared";
import { useEffect, useState } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { getClient } from "../api/clients.ts";
import { type ApiError, toApiError } from "../api/http.ts";
import { Alert } from "../components/alert.tsx";
import { ClientForm } from "../components/client-form.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { usePageTitle } from "../components/page-title.ts";
import { paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";
import type { SavedNotice } from "./developer-tools.tsx";

type View = { kind: "loading" } | { kind: "ready"; client: Client } | { kind: "failed"; error: ApiError };

/** `/developer-tools/oauth/:clientId/edit`: the same form, filled with the app's settings. */
export function EditAppPage() {
  const { clientId = "" } = useParams();
  const navigate = useNavigate();
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? "this portal";
  const [view, setView] = useState<View>({ kind: "loading" });
  usePageTitle(view.kind === "ready" ? `Edit ${view.client.name}` : "Edit application");

  useEffect(() => {
    let current = true;
    getClient(clientId).then(
      (client) => current && setView({ kind: "ready", client }),
      async (cause: unknown) => {
        const error = await toApiError(cause);
        if (current) setView({ kind: "failed", error });
      },
    );
    return () => {
      current = false;
    };
  }, [clientId]);

  const back = () => navigate(paths.developerTools);

  return (
    <div className="stack page">
      <div className="stack-tight">
        <p className="eyebrow">Developer tools · OAuth 2.0</p>
        <h1 tabIndex={-1}>{view.kind === "ready" ? `Edit ${view.client.name}` : "Edit application"}</h1>
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
          client={view.client}
          onSaved={({ client }) =>
            navigate(paths.developerTools, { state: { saved: client.name } satisfies SavedNotice })
          }
          onCancel={back}
        />
      ) : null}
    </div>
  );
}
