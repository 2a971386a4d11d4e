import { useCallback } from "react";
import { useNavigate, useParams } from "react-router-dom";
import { getClient } from "../api/clients.ts";
import type { ApiError } from "../api/http.ts";
import { Alert } from "../components/alert.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { ClientForm } from "../features/apps/client-form/client-form.tsx";
import type { SavedNotice } from "../features/apps/saved-notice.ts";
import { generalFailure } from "../hooks/action-failures.ts";
import { useFocusOnOpen } from "../hooks/use-focus-on-open.ts";
import { type Translate, useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";
import { paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";

/** Why the app's settings are not shown: the person may not manage apps, there is no such app, or the server said. */
function loadFailure(error: ApiError, portal: string | null, t: Translate): string {
  if (error.status === 403)
    return portal ? t("apps.list.forbidden", { portal }) : t("apps.list.forbiddenNoPortal");
  if (error.status === 404)
    return portal ? t("apps.edit.notFound", { portal }) : t("apps.edit.notFoundNoPortal");
  return generalFailure(t, error) ?? t("apps.edit.loadFailed");
}

/** `/developer-tools/oauth/:clientId/edit`: the same form, filled with the app's settings. */
export function EditAppPage() {
  const { clientId = "" } = useParams();
  const navigate = useNavigate();
  const t = useT();
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? null;
  const { view } = useRemote(useCallback(() => getClient(clientId), [clientId]));
  const title =
    view.kind === "ready" ? t("apps.edit.heading", { app: view.value.name }) : t("apps.edit.headingLoading");
  usePageTitle(title);
  const heading = useFocusOnOpen();

  const back = () => navigate(paths.developerTools);

  return (
    <div className="stack page">
      <div className="stack-tight">
        <p className="eyebrow">{t("apps.eyebrowForm")}</p>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
      </div>
      {view.kind === "loading" ? <LoadingStatus /> : null}
      {view.kind === "failed" ? (
        <div className="stack-tight">
          <Alert>{loadFailure(view.error, portal, t)}</Alert>
          <div>
            <button type="button" className="button button-secondary" onClick={back}>
              {t("apps.edit.back")}
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
