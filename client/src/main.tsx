import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { getLocaleSettings } from "./api/locale-settings.ts";
import { createRouter } from "./router.tsx";
import { useLocaleStore } from "./stores/locale.ts";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");

// DEFAULT_LOCALE counts only when neither the app, a remembered choice nor the browser named a language;
// until it arrives the pages speak English, and if it never does they stay so (docs/pages.md#languages).
getLocaleSettings().then(
  (settings) => useLocaleStore.getState().serverDefault(settings.default_locale),
  () => undefined,
);

createRoot(root).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
);
