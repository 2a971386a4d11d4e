import type { Client } from "@gatehouse/shared";
import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { deleteClient, listClients, regenerateClientSecret, setClientEnabled } from "../api/clients.ts";
import { ApiError } from "../api/http.ts";
import { paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";
import { buttonInRow, expectOnlyAdmins, renderRoutes } from "../test-routes.tsx";
import { alice, alicePortals, deferred, demoMobileClient, demoNotesClient } from "../test-support.ts";
import { DeveloperToolsPage } from "./developer-tools.tsx";

vi.mock("../api/clients.ts");

function renderPage() {
  return renderRoutes(paths.developerTools, {
    [paths.developerTools]: <DeveloperToolsPage />,
    [paths.registerApp]: <h1>Register page</h1>,
    [paths.editApp]: <h1>Edit page</h1>,
  }).user;
}

function row(name: string) {
  return screen.getByRole("listitem", { name });
}

describe("DeveloperToolsPage", () => {
  beforeEach(() => useSessionStore.getState().signedIn({ user: alice, portals: alicePortals }));

  it("shows a loading status, then one row per app with its icon, name and client ID", async () => {
    const answer = deferred<Client[]>();
    vi.mocked(listClients).mockReturnValue(answer.promise);
    renderPage();

    expect(screen.getByRole("heading", { level: 1, name: "OAuth 2.0" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Loading apps…");
    expect(screen.getByRole("button", { name: "Register a new application" })).toBeInTheDocument();

    answer.resolve([demoNotesClient, demoMobileClient]);
    const notes = await screen.findByRole("listitem", { name: "Demo Notes" });
    expect(within(notes).getByRole("img", { name: "Demo Notes icon" })).toHaveAttribute(
      "src",
      demoNotesClient.logo_uri,
    );
    expect(within(notes).getByText(demoNotesClient.client_id)).toBeInTheDocument();
    expect(within(notes).getByRole("switch", { name: "Enabled" })).toBeChecked();
    expect(within(notes).getByRole("button", { name: "Edit" })).toBeInTheDocument();
    expect(within(notes).getByRole("button", { name: "Regenerate secret" })).toBeInTheDocument();
    expect(within(notes).getByRole("button", { name: "Delete" })).toBeInTheDocument();
    const mobile = row("Demo Mobile");
    expect(within(mobile).getByText(demoMobileClient.client_id)).toBeInTheDocument();
    // A public client has no secret to regenerate.
    expect(within(mobile).queryByRole("button", { name: "Regenerate secret" })).not.toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
  });

  it("copies a client ID", async () => {
    vi.mocked(listClients).mockResolvedValue([demoNotesClient]);
    const user = renderPage();
    const writeText = vi.spyOn(navigator.clipboard, "writeText");

    await user.click(
      within(await screen.findByRole("listitem")).getByRole("button", { name: "Copy client ID" }),
    );

    expect(writeText).toHaveBeenCalledExactlyOnceWith(demoNotesClient.client_id);
    expect(within(row("Demo Notes")).getByText("Copied")).toBeVisible();
  });

  it("tells a person who is not an owner or admin that only they can manage apps", async () => {
    vi.mocked(listClients).mockRejectedValue(new ApiError(403, "forbidden"));
    renderPage();

    await expectOnlyAdmins("Only owners and admins of Acme can manage apps.", "Register a new application");
  });

  it("shows other failures with a way to try again", async () => {
    vi.mocked(listClients).mockRejectedValueOnce(new ApiError(500, "server_error", "the store is down"));
    vi.mocked(listClients).mockResolvedValueOnce([demoNotesClient]);
    const user = renderPage();

    expect(await screen.findByRole("alert")).toHaveTextContent("The apps could not be loaded.");
    expect(screen.queryByText(/the store is down/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("listitem", { name: "Demo Notes" })).toBeInTheDocument();
  });

  it("says so when the portal has no apps yet", async () => {
    vi.mocked(listClients).mockResolvedValue([]);
    renderPage();
    expect(await screen.findByText(/No apps are registered on Acme yet/)).toBeInTheDocument();
  });

  it("goes to the form to register an app", async () => {
    vi.mocked(listClients).mockResolvedValue([]);
    const user = renderPage();
    await user.click(screen.getByRole("button", { name: "Register a new application" }));
    expect(screen.getByRole("heading", { name: "Register page" })).toBeInTheDocument();
  });

  it("goes to the form to edit an app", async () => {
    vi.mocked(listClients).mockResolvedValue([demoNotesClient]);
    const user = renderPage();
    await user.click(within(await screen.findByRole("listitem")).getByRole("button", { name: "Edit" }));
    expect(screen.getByRole("heading", { name: "Edit page" })).toBeInTheDocument();
  });

  it("disables an app with its switch", async () => {
    vi.mocked(listClients).mockResolvedValue([demoNotesClient]);
    vi.mocked(setClientEnabled).mockResolvedValue({ ...demoNotesClient, enabled: false });
    const user = renderPage();
    const toggle = within(await screen.findByRole("listitem")).getByRole("switch", { name: "Enabled" });

    await user.click(toggle);

    expect(setClientEnabled).toHaveBeenCalledExactlyOnceWith(demoNotesClient.client_id, false);
    await waitFor(() => expect(toggle).not.toBeChecked());
    expect(within(row("Demo Notes")).getByText("Disabled")).toBeInTheDocument();
  });

  it("regenerates a secret after confirming, and shows it once with its warning and Copy", async () => {
    vi.mocked(listClients).mockResolvedValue([demoNotesClient]);
    vi.mocked(regenerateClientSecret).mockResolvedValue("new-secret-value");
    const user = renderPage();
    const writeText = vi.spyOn(navigator.clipboard, "writeText");

    await user.click(
      within(await screen.findByRole("listitem")).getByRole("button", { name: "Regenerate secret" }),
    );
    const confirm = screen.getByRole("dialog", { name: "Regenerate the secret of Demo Notes?" });
    expect(regenerateClientSecret).not.toHaveBeenCalled();
    await user.click(within(confirm).getByRole("button", { name: "Create new secret" }));

    expect(regenerateClientSecret).toHaveBeenCalledExactlyOnceWith(demoNotesClient.client_id);
    const shown = await screen.findByRole("dialog", { name: "New client secret for Demo Notes" });
    expect(within(shown).getByLabelText("Client secret")).toHaveValue("new-secret-value");
    expect(within(shown).getByLabelText("Client secret")).toHaveAttribute("readonly");
    expect(within(shown).getByRole("alert")).toHaveTextContent(
      "This secret will not be shown again. Copy it now and keep it safe.",
    );
    expect(within(shown).getByText(demoNotesClient.client_id)).toBeInTheDocument();

    await user.click(within(shown).getByRole("button", { name: "Copy" }));
    expect(writeText).toHaveBeenCalledExactlyOnceWith("new-secret-value");
    expect(within(shown).getByText("Copied")).toBeVisible();

    await user.click(within(shown).getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(screen.queryByDisplayValue("new-secret-value")).not.toBeInTheDocument();
  });

  it("keeps the secret when regenerating is cancelled", async () => {
    vi.mocked(listClients).mockResolvedValue([demoNotesClient]);
    const user = renderPage();
    await user.click(
      within(await screen.findByRole("listitem")).getByRole("button", { name: "Regenerate secret" }),
    );
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(regenerateClientSecret).not.toHaveBeenCalled();
  });

  it("deletes an app after confirming that its grants are revoked", async () => {
    vi.mocked(listClients).mockResolvedValue([demoNotesClient, demoMobileClient]);
    vi.mocked(deleteClient).mockResolvedValue();
    const user = renderPage();

    await user.click(await buttonInRow("Demo Notes", "Delete"));
    const confirm = screen.getByRole("dialog", { name: "Delete Demo Notes?" });
    expect(confirm).toHaveTextContent("tokens stop working");
    await user.click(within(confirm).getByRole("button", { name: "Delete app" }));

    expect(deleteClient).toHaveBeenCalledExactlyOnceWith(demoNotesClient.client_id);
    await waitFor(() =>
      expect(screen.queryByRole("listitem", { name: "Demo Notes" })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole("listitem", { name: "Demo Mobile" })).toBeInTheDocument();
    expect(screen.getByText("Demo Notes was deleted.")).toHaveAttribute("role", "status");
    expect(screen.getByRole("heading", { level: 1, name: "OAuth 2.0" })).toHaveFocus();
  });

  it("keeps the confirmation open with the failure when deleting fails", async () => {
    vi.mocked(listClients).mockResolvedValue([demoNotesClient]);
    vi.mocked(deleteClient).mockRejectedValue(new ApiError(500, "server_error", "the store is down"));
    const user = renderPage();

    await user.click(within(await screen.findByRole("listitem")).getByRole("button", { name: "Delete" }));
    await user.click(screen.getByRole("button", { name: "Delete app" }));

    expect(await within(screen.getByRole("dialog")).findByRole("alert")).toHaveTextContent(
      "That did not work. Try again.",
    );
    expect(screen.queryByText(/the store is down/)).not.toBeInTheDocument();
    expect(screen.getByRole("listitem", { name: "Demo Notes" })).toBeInTheDocument();
  });
});
