import { screen, waitFor } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createClient } from "../api/clients.ts";
import { paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";
import { renderRoutes } from "../test-routes.tsx";
import { alice, alicePortals, demoMobileClient, demoNotesClient } from "../test-support.ts";
import { RegisterAppPage } from "./register-app.tsx";

vi.mock("../api/clients.ts");

function renderPage() {
  return renderRoutes(paths.registerApp, {
    [paths.registerApp]: <RegisterAppPage />,
    [paths.developerTools]: <h1>The list</h1>,
  }).user;
}

/** Fills what the schema needs; the form's own test covers each field. */
async function fillAndSave(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("App name"), "Team Notes");
  await user.type(screen.getByLabelText("Website URL"), "https://team.example.com");
  await user.upload(screen.getByLabelText("App icon"), new File(["png"], "icon.png", { type: "image/png" }));
  await user.type(screen.getByLabelText("Redirect URLs"), "https://team.example.com/cb{Enter}");
  await user.type(screen.getByLabelText("Allowed origins"), "https://team.example.com{Enter}");
  await user.click(screen.getByRole("checkbox", { name: "openid" }));
  await user.type(screen.getByLabelText("Privacy policy URL"), "https://team.example.com/privacy");
  await user.type(screen.getByLabelText("Terms of Service URL"), "https://team.example.com/terms");
  await user.click(screen.getByRole("button", { name: "Save" }));
}

describe("RegisterAppPage", () => {
  beforeEach(() => useSessionStore.getState().signedIn({ user: alice, portals: alicePortals }));

  it("shows the new app's client ID and secret once, with the warning and Copy, then Done leads to the list", async () => {
    vi.mocked(createClient).mockResolvedValue({ client: demoNotesClient, client_secret: "the-secret" });
    const user = renderPage();
    expect(screen.getByRole("heading", { level: 1, name: "Register a new application" })).toBeInTheDocument();
    const writeText = vi.spyOn(navigator.clipboard, "writeText");

    await fillAndSave(user);

    const heading = await screen.findByRole("heading", { level: 1, name: "Demo Notes is registered" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(demoNotesClient.client_id)).toBeInTheDocument();
    expect(screen.getByLabelText("Client secret")).toHaveValue("the-secret");
    expect(screen.getByRole("alert")).toHaveTextContent(
      "This secret will not be shown again. Copy it now and keep it safe.",
    );
    await user.click(screen.getByRole("button", { name: "Copy" }));
    expect(writeText).toHaveBeenCalledExactlyOnceWith("the-secret");
    expect(screen.getByText("Copied")).toBeVisible();

    await user.click(screen.getByRole("button", { name: "Done" }));
    expect(screen.getByRole("heading", { name: "The list" })).toBeInTheDocument();
  });

  it("says a public client has no secret", async () => {
    vi.mocked(createClient).mockResolvedValue({ client: demoMobileClient });
    const user = renderPage();

    await fillAndSave(user);

    expect(await screen.findByText(/is a public client: it has no client secret/)).toBeInTheDocument();
    expect(screen.queryByLabelText("Client secret")).not.toBeInTheDocument();
  });

  it("returns to the list on Cancel", async () => {
    const user = renderPage();
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("heading", { name: "The list" })).toBeInTheDocument();
    expect(createClient).not.toHaveBeenCalled();
  });
});
