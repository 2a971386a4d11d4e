import type { Consent } from "@gatehouse/shared";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { listConsents, revokeConsent } from "../api/consents.ts";
import { ApiError } from "../api/http.ts";
import { useSessionStore } from "../stores/session.ts";
import { buttonInRow } from "../test-routes.tsx";
import { alice, alicePortals, demoNotes } from "../test-support.ts";
import { ConnectedAppsPage } from "./connected-apps.tsx";

vi.mock("../api/consents.ts");

const notesConsent: Consent = {
  client: demoNotes,
  scopes: ["accounts.self:read", "files:read", "files:write", "openid"],
  granted_at: "2025-03-04T10:20:30.000Z",
};
const mobileConsent: Consent = {
  client: {
    ...demoNotes,
    client_id: "695d37b7-18aa-4033-91b4-09690178e99a",
    name: "Demo Mobile",
    logo_uri: "/logos/695d37b7-18aa-4033-91b4-09690178e99a",
  },
  scopes: ["rooms:read"],
  granted_at: "2025-03-05T08:00:00.000Z",
};

function renderPage() {
  render(<ConnectedAppsPage />);
  return userEvent.setup();
}

describe("ConnectedAppsPage", () => {
  beforeEach(() => useSessionStore.getState().signedIn({ user: alice, portals: alicePortals }));

  it("shows one row per allowed app with its icon, scopes, date and a Revoke button", async () => {
    vi.mocked(listConsents).mockResolvedValue([notesConsent, mobileConsent]);
    renderPage();

    expect(screen.getByRole("heading", { level: 1, name: "Connected apps" })).toBeInTheDocument();
    const notes = await screen.findByRole("listitem", { name: "Demo Notes" });
    expect(within(notes).getByRole("img", { name: "Demo Notes icon" })).toBeInTheDocument();
    expect(notes).toHaveTextContent("View basic information about your profile");
    expect(notes).toHaveTextContent("View and manage all files and folders");
    expect(notes).toHaveTextContent("View your personal data");
    expect(notes.querySelector("time")).toHaveAttribute("datetime", "2025-03-04T10:20:30.000Z");
    expect(within(notes).getByRole("button", { name: "Revoke" })).toBeInTheDocument();
    expect(
      within(screen.getByRole("listitem", { name: "Demo Mobile" })).getByText(/View all rooms/),
    ).toBeVisible();
  });

  it("asks to confirm before revoking, and Cancel revokes nothing", async () => {
    vi.mocked(listConsents).mockResolvedValue([notesConsent]);
    const user = renderPage();

    await user.click(await buttonInRow("Demo Notes", "Revoke"));

    const dialog = screen.getByRole("dialog", { name: "Revoke access for Demo Notes?" });
    expect(revokeConsent).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(revokeConsent).not.toHaveBeenCalled();
    expect(screen.getByRole("listitem", { name: "Demo Notes" })).toBeInTheDocument();
  });

  it("revokes an app once confirmed and removes its row", async () => {
    vi.mocked(listConsents).mockResolvedValue([notesConsent, mobileConsent]);
    vi.mocked(revokeConsent).mockResolvedValue();
    const user = renderPage();

    await user.click(await buttonInRow("Demo Notes", "Revoke"));
    await user.click(screen.getByRole("button", { name: "Revoke access" }));

    expect(revokeConsent).toHaveBeenCalledExactlyOnceWith(demoNotes.client_id);
    await waitFor(() =>
      expect(screen.queryByRole("listitem", { name: "Demo Notes" })).not.toBeInTheDocument(),
    );
    expect(screen.getByRole("listitem", { name: "Demo Mobile" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("Demo Notes can no longer access your account.");
    expect(screen.getByRole("heading", { level: 1 })).toHaveFocus();
  });

  it("keeps the row and says so when revoking fails", async () => {
    vi.mocked(listConsents).mockResolvedValue([notesConsent]);
    vi.mocked(revokeConsent).mockRejectedValue(new ApiError(500, "server_error"));
    const user = renderPage();

    await user.click(await buttonInRow("Demo Notes", "Revoke"));
    await user.click(screen.getByRole("button", { name: "Revoke access" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Demo Notes could not be revoked");
    expect(screen.getByRole("listitem", { name: "Demo Notes" })).toBeInTheDocument();
  });

  it("puts the keyboard on its heading when it opens", async () => {
    vi.mocked(listConsents).mockResolvedValue([notesConsent]);
    renderPage();
    expect(screen.getByRole("heading", { level: 1, name: "Connected apps" })).toHaveFocus();
    await screen.findByRole("listitem", { name: "Demo Notes" });
  });

  it("says when no app was allowed on the portal", async () => {
    vi.mocked(listConsents).mockResolvedValue([]);
    renderPage();
    expect(await screen.findByText("You have not allowed any apps on Acme.")).toBeInTheDocument();
  });

  it("shows a failure to load", async () => {
    vi.mocked(listConsents).mockRejectedValue(
      new ApiError(0, "temporarily_unavailable", "Gatehouse could not be reached."),
    );
    renderPage();
    expect(await screen.findByRole("alert")).toHaveTextContent("Gatehouse could not be reached.");
    expect(screen.getByRole("button", { name: "Try again" })).toBeInTheDocument();
  });
});
