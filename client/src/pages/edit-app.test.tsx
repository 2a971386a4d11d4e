import { screen, waitFor } from "@testing-library/react";
import { useLocation } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getClient, updateClient } from "../api/clients.ts";
import { ApiError } from "../api/http.ts";
import { editAppPath, paths } from "../paths.ts";
import { useSessionStore } from "../stores/session.ts";
import { renderRoutes, retype } from "../test-routes.tsx";
import { alice, alicePortals, demoNotesClient } from "../test-support.ts";
import { EditAppPage } from "./edit-app.tsx";

vi.mock("../api/clients.ts");

function ListStandIn() {
  const { state } = useLocation();
  return <h1>The list {JSON.stringify(state)}</h1>;
}

function renderPage() {
  return renderRoutes(editAppPath(demoNotesClient.client_id), {
    [paths.editApp]: <EditAppPage />,
    [paths.developerTools]: <ListStandIn />,
  }).user;
}

describe("EditAppPage", () => {
  beforeEach(() => useSessionStore.getState().signedIn({ user: alice, portals: alicePortals }));

  it("loads the app into the form and saves it with PUT", async () => {
    vi.mocked(getClient).mockResolvedValue(demoNotesClient);
    vi.mocked(updateClient).mockResolvedValue({ ...demoNotesClient, description: "Changed" });
    const user = renderPage();

    expect(await screen.findByRole("heading", { level: 1, name: "Edit Demo Notes" })).toBeInTheDocument();
    expect(getClient).toHaveBeenCalledWith(demoNotesClient.client_id);
    await retype(user, screen.getByLabelText("Description"), "Changed");
    await user.click(screen.getByRole("button", { name: "Save" }));

    await waitFor(() => expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("The list"));
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent('{"saved":"Demo Notes"}');
    expect(vi.mocked(updateClient).mock.calls[0]?.[1]).toMatchObject({ description: "Changed" });
  });

  it("says when the app is not on this portal", async () => {
    vi.mocked(getClient).mockRejectedValue(new ApiError(404, "not_found"));
    renderPage();
    expect(await screen.findByRole("alert")).toHaveTextContent("There is no such app on Acme.");
  });
});
