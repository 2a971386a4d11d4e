import type { ComponentType, ReactElement } from "react";
import { createBrowserRouter, type RouteObject } from "react-router-dom";
import { ErrorNotice } from "./components/error-notice.tsx";
import { Layout } from "./components/layout.tsx";
import { RequireSession } from "./features/session/require-session.tsx";
import { useT } from "./hooks/use-intl.ts";
import { ErrorPage } from "./pages/error.tsx";
import { HomePage } from "./pages/home.tsx";
import { InteractionPage } from "./pages/interaction.tsx";
import { NotFoundPage } from "./pages/not-found.tsx";
import { SignedOutPage } from "./pages/signed-out.tsx";
import { paths } from "./paths.ts";

/** A crash inside a page still shows the card, never a stack trace. */
function Crashed() {
  const t = useT();
  return (
    <Layout>
      <ErrorNotice code="server_error" message={t("consent.error.crashed")} />
    </Layout>
  );
}
const crashed = <Crashed />;

/**
 * Pages most visitors never open load on first visit, so the sign-in and consent pages stay light: the settings
 * pages (an owner's or admin's tools), and the pages that choose a password, which carry the password rule's
 * dictionary (docs/security.md#passwords), a quarter megabyte.
 */
const lazyPages = {
  developerTools: async () => ({
    Component: (await import("./pages/developer-tools.tsx")).DeveloperToolsPage,
  }),
  registerApp: async () => ({ Component: (await import("./pages/register-app.tsx")).RegisterAppPage }),
  editApp: async () => ({ Component: (await import("./pages/edit-app.tsx")).EditAppPage }),
  connectedApps: async () => ({ Component: (await import("./pages/connected-apps.tsx")).ConnectedAppsPage }),
  audit: async () => ({ Component: (await import("./pages/audit.tsx")).AuditPage }),
  people: async () => ({ Component: (await import("./pages/people.tsx")).PeoplePage }),
  account: async () => ({ Component: (await import("./pages/account.tsx")).AccountPage }),
  setup: async () => ({ Component: (await import("./pages/setup.tsx")).SetupPage }),
  invitation: async () => ({ Component: (await import("./pages/invitation.tsx")).InvitationPage }),
  forgotPassword: async () => ({
    Component: (await import("./pages/forgot-password.tsx")).ForgotPasswordPage,
  }),
  resetPassword: async () => ({ Component: (await import("./pages/reset-password.tsx")).ResetPasswordPage }),
};

type LazyPage = NonNullable<RouteObject["lazy"]>;

/**
 * The pages at `pages` (path, page) and `lazy` (path, loader), each inside `frame` and caught by
 * `crashed`.
 */
function framed(
  frame: ReactElement,
  pages: [string, ComponentType][],
  lazy: [string, LazyPage][] = [],
): RouteObject {
  return {
    element: frame,
    errorElement: crashed,
    children: [
      ...pages.map(([path, Page]) => ({ path, element: <Page /> })),
      ...lazy.map(([path, load]) => ({ path, lazy: load })),
    ],
  };
}

export const routes: RouteObject[] = [
  // The settings pages act for a signed-in person on a chosen portal: the gate asks for both first.
  framed(
    <RequireSession />,
    [],
    [
      [paths.developerTools, lazyPages.developerTools],
      [paths.registerApp, lazyPages.registerApp],
      [paths.editApp, lazyPages.editApp],
      [paths.connectedApps, lazyPages.connectedApps],
      [paths.audit, lazyPages.audit],
      [paths.people, lazyPages.people],
      [paths.account, lazyPages.account],
    ],
  ),
  framed(
    <Layout />,
    [
      [paths.home, HomePage],
      [paths.interaction, InteractionPage],
      [paths.error, ErrorPage],
      [paths.signedOut, SignedOutPage],
      ["*", NotFoundPage],
    ],
    [
      [paths.setup, lazyPages.setup],
      [paths.invitation, lazyPages.invitation],
      [paths.forgotPassword, lazyPages.forgotPassword],
      [paths.resetPassword, lazyPages.resetPassword],
    ],
  ),
];

export function createRouter() {
  return createBrowserRouter(routes);
}
