import type { Client } from "@gatehouse/shared";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router-dom";
import { listClients } from "../api/clients.ts";
import { Loadable } from "../components/loadable.tsx";
import { PageHeader } from "../components/page-header.tsx";
import { SuccessNotice } from "../components/success-notice.tsx";
import { DeleteAppDialog, NewSecretDialog, RegenerateSecretDialog } from "../features/apps/app-dialogs.tsx";
import { AppList } from "../features/apps/app-list.tsx";
import { savedApp } from "../features/apps/saved-notice.ts";
import { useFocusOnStep } from "../hooks/use-focus-on-step.ts";
import { useT } from "../hooks/use-intl.ts";
import { usePageTitle } from "../hooks/use-page-title.ts";
import { useRemote } from "../hooks/use-remote.ts";
import { editAppPath, paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";

type Open =
  | { dialog: "regenerate" | "delete"; client: Client }
  | { dialog: "secret"; client: Client; secret: string }
  | null;

/** The news the list opens with, kept as its app's name so that it follows a change of language. */
type Notice = { kind: "saved" | "deleted"; app: string } | null;

/**
 * `/developer-tools/oauth` (docs/pages.md and docs/api.md#clients): heading "OAuth 2.0", button "Register a new application",
 * one row per app of the current portal with its name, icon and client ID.
 */
export function DeveloperToolsPage() {
  const t = useT();
  usePageTitle(t("apps.list.pageTitle"));
  const portal = useSessionStore((state) => state.user?.portal?.name) ?? null;
  const navigate = useNavigate();
  const location = useLocation();
  const apps = useRemote(listClients);
  const { view, update } = apps;
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<Notice>(() => {
    const app = savedApp(location.state);
    return app === null ? null : { kind: "saved", app };
  });
  // Its row and buttons are gone: once the dialog has closed, the heading is the next sure place for the keyboard.
  const [deletions, setDeletions] = useState(0);
  const region = useFocusOnStep<HTMLDivElement>(deletions);

  function replace(client: Client) {
    update((clients) => clients.map((entry) => (entry.client_id === client.client_id ? client : entry)));
  }

  function removed(client: Client) {
    update((clients) => clients.filter((entry) => entry.client_id !== client.client_id));
    setNotice({ kind: "deleted", app: client.name });
    setDeletions((count) => count + 1);
  }

  const forbidden = view.kind === "failed" && view.error.status === 403;
  const close = () => setOpen(null);

  return (
    <div ref={region} className="stack page">
      <PageHeader
        eyebrow={t("apps.eyebrow")}
        title={t("apps.list.heading")}
        action={
          forbidden
            ? undefined
            : { label: t("apps.register.heading"), onClick: () => navigate(paths.registerApp) }
        }
      >
        {portal ? t("apps.list.intro", { portal }) : t("apps.list.introNoPortal")}
      </PageHeader>

      <SuccessNotice
        message={
          notice && t(notice.kind === "saved" ? "apps.list.saved" : "apps.list.deleted", { app: notice.app })
        }
      />

      <Loadable
        remote={apps}
        loading={t("apps.list.loading")}
        failure={t("apps.list.loadFailed")}
        forbidden={portal ? t("apps.list.forbidden", { portal }) : t("apps.list.forbiddenNoPortal")}
      >
        {({ value }) => (
          <AppList
            portal={portal}
            clients={value}
            onChanged={replace}
            onEdit={(client) => navigate(editAppPath(client.client_id))}
            onRegenerate={(client) => setOpen({ dialog: "regenerate", client })}
            onDelete={(client) => setOpen({ dialog: "delete", client })}
          />
        )}
      </Loadable>

      {open?.dialog === "regenerate" ? (
        <RegenerateSecretDialog
          client={open.client}
          onCancel={close}
          onDone={(secret) => setOpen({ dialog: "secret", client: open.client, secret })}
        />
      ) : null}
      {open?.dialog === "delete" ? (
        <DeleteAppDialog
          client={open.client}
          onCancel={close}
          onDone={() => {
            close();
            removed(open.client);
          }}
        />
      ) : null}
      {open?.dialog === "secret" ? (
        <NewSecretDialog client={open.client} secret={open.secret} onClose={close} />
      ) : null}
    </div>
  );
}
