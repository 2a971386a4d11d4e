import { createBrowserRouter } from "react-router-dom";
import { ErrorNotice } from "./components/error-notice.tsx";
import { Layout } from "./components/layout.tsx";
import { ErrorPage } from "./pages/error.tsx";
import { HomePage } from "./pages/home.tsx";
import { InteractionPage } from "./pages/interaction.tsx";
import { NotFoundPage } from "./pages/not-found.tsx";
import { SignedOutPage } from "./pages/signed-out.tsx";
import { paths } from "./paths.ts";

export const routes = [
  {
    element: <Layout />,
    // A crash inside a page still shows the card, never a stack trace.
    errorElement: (
      <Layout>
        <ErrorNotice
          code="server_error"
          message="Something went wrong on this page. Reload it to try again."
        />
      </Layout>
    ),
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
