import { createBrowserRouter } from "react-router-dom";
import { ErrorNotice } from "./components/error-notice.tsx";
import { Layout } from "./components/layout.tsx";
import { RequireSession } from "./features/session/require-session.tsx";
import { AuditPage } from "./pages/audit.tsx";
import { ConnectedAppsPage } from "./pages/connected-apps.tsx";
import { DeveloperToolsPage } from "./pages/developer-tools.tsx";
import { EditAppPage } from "./pages/edit-app.tsx";
import { ErrorPage } from "./pages/error.tsx";
import { HomePage } from "./pages/home.tsx";
import { InteractionPage } from "./pages/interaction.tsx";
import { NotFoundPage } from "./pages/not-found.tsx";
import { RegisterAppPage } from "./pages/register-app.tsx";
import { SignedOutPage } from "./pages/signed-out.tsx";
import { paths } from "./paths.ts";

// A crash inside a page still shows the card, never a stack trace.
const crashed = (
  <Layout>
    <ErrorNotice code="server_error" message="Something went wrong on this page. Reload it to try again." />
  </Layout>
);

export const routes = [
  {
    // The settings pages act for a signed-in person on a chosen portal: the gate asks for both first.
    element: <RequireSession />,
    errorElement: crashed,
    children: [
      { path: paths.developerTools, element: <DeveloperToolsPage /> },
      { path: paths.registerApp, element: <RegisterAppPage /> },
      { path: paths.editApp, element: <EditAppPage /> },
      { path: paths.connectedApps, element: <ConnectedAppsPage /> },
      { path: paths.audit, element: <AuditPage /> },
    ],
  },
  {
    element: <Layout />,
    errorElement: crashed,
    children: [
      { path: paths.home, element: <HomePage /> },
      { path: paths.interaction, element: <InteractionPage /> },
      { path: paths.error, element: <ErrorPage /> },
      { path: paths.signedOut, element: <SignedOutPage /> },
      { path: "*", element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
