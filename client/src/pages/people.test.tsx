import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { invitePerson, listPeople, makeResetLink, removePerson, updatePerson } from "../api/people.ts";
import { getPortal, updatePortal } from "../api/portal.ts";
import { useSessionStore } from "../stores/session.ts";
import { expectOnlyAdmins, renderAt, retype } from "../test-routes.tsx";
import { acmePeople, alice, alicePortals, acmeUser as bob, acmeOwner as owner } from "../test-support.ts";
import { PeoplePage } from "./people.tsx";

vi.mock("../api/people.ts");
vi.mock("../api/portal.ts");

const POLICY = "Require two-factor authentication for everyone on this portal";
const acmeSettings = { id: "acme", name: "Acme", require_second_factor: false };

const INVITATION_URL = "http://localhost:9000/invite#c2VjcmV0LXRva2VuLWZvci10ZXN0aW5n";

function renderPage() {
  return renderAt("/people", <PeoplePage />);
}

function row(name: string) {
  return screen.getByRole("listitem", { name: new RegExp(`^${name}`) });
}

describe("PeoplePage", () => {
  beforeEach(() => {
    useSessionStore.getState().signedIn({ user: alice, portals: alicePortals });
    vi.mocked(listPeople).mockResolvedValue(acmePeople);
    vi.mocked(getPortal).mockResolvedValue(acmeSettings);
  });

  it("puts the keyboard on its heading when it opens", async () => {
    renderPage();
    expect(screen.getByRole("heading", { level: 1, name: "People" })).toHaveFocus();
    await screen.findByRole("list", { name: "Members of Acme" });
  });

  it("shows one row per member with name, email, role and status, and the button Invite people", async () => {
    renderPage();

    expect(screen.getByRole("heading", { level: 1, name: "People" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Invite people" })).toBeInTheDocument();
    const list = await screen.findByRole("list", { name: "Members of Acme" });
    expect(within(list).getAllByRole("listitem")).toHaveLength(3);
    const bobRow = row("Bob");
    expect(bobRow).toHaveTextContent("bob@example.com");
    expect(bobRow).toHaveTextContent("RoleUser");
    expect(bobRow).toHaveTextContent("StatusActive");
    expect(bobRow).toHaveTextContent("Last sign-inNever");
    // Someone invited who has not named themselves yet is shown by their email.
    const danaRow = row("dana@example.com");
    expect(danaRow).toHaveTextContent("StatusInvited");
    expect(within(danaRow).queryByRole("button", { name: "Disable" })).not.toBeInTheDocument();
    expect(row("Alice")).toHaveTextContent("(you)");
    expect(within(row("Alice")).getByText(/\d{4}/)).toHaveAttribute("datetime", owner.last_sign_in_at);
  });

  it("refuses an invalid email before sending, then invites and shows the link once with a copy button and its expiry", async () => {
    vi.mocked(invitePerson).mockResolvedValue({
      invitation_url: INVITATION_URL,
      expires_at: "2026-12-09T10:00:00.000Z",
    });
    const user = renderPage();
    await screen.findByRole("list");

    await user.click(screen.getByRole("button", { name: "Invite people" }));
    const dialog = screen.getByRole("dialog", { name: "Invite people to Acme" });
    await user.type(within(dialog).getByLabelText("Email"), "not-an-email");
    await user.click(within(dialog).getByRole("button", { name: "Invite" }));
    expect(within(dialog).getByLabelText("Email")).toHaveAccessibleDescription("Enter a valid email");
    expect(within(dialog).getByLabelText("Email")).toHaveFocus();
    expect(invitePerson).not.toHaveBeenCalled();

    await retype(user, within(dialog).getByLabelText("Email"), "Erin@Example.com");
    await user.click(within(dialog).getByRole("radio", { name: "Admin" }));
    await user.click(within(dialog).getByRole("button", { name: "Invite" }));

    expect(invitePerson).toHaveBeenCalledExactlyOnceWith({ email: "erin@example.com", role: "admin" });
    const sent = await screen.findByRole("dialog", { name: "erin@example.com is invited" });
    expect(within(sent).getByLabelText("Invitation link")).toHaveValue(INVITATION_URL);
    expect(within(sent).getByRole("button", { name: "Copy invitation link" })).toBeInTheDocument();
    expect(within(sent).getByText(/It works once, until/)).toHaveTextContent("It will not be shown again.");
    expect(within(sent).queryByText(/mail/i)).not.toBeInTheDocument();
    // The list is loaded again, to show the new invitation.
    await waitFor(() => expect(listPeople).toHaveBeenCalledTimes(2));

    await user.click(within(sent).getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });

  it("offers the owner role only to owners", async () => {
    useSessionStore.getState().signedIn({ user: { ...alice, role: "admin" }, portals: alicePortals });
    const user = renderPage();
    await screen.findByRole("list");

    await user.click(screen.getByRole("button", { name: "Invite people" }));
    const dialog = screen.getByRole("dialog");
    expect(
      within(dialog)
        .getAllByRole("radio")
        .map((radio) => radio.getAttribute("value")),
    ).toEqual(["admin", "user"]);
  });

  it("changes a role", async () => {
    vi.mocked(updatePerson).mockResolvedValue({ ...bob, role: "admin" });
    const user = renderPage();
    await screen.findByRole("list");

    await user.click(within(row("Bob")).getByRole("button", { name: "Change role" }));
    const dialog = screen.getByRole("dialog", { name: "Change the role of Bob" });
    expect(within(dialog).getByRole("radio", { name: "User" })).toBeChecked();
    await user.click(within(dialog).getByRole("radio", { name: "Admin" }));
    await user.click(within(dialog).getByRole("button", { name: "Save role" }));

    expect(updatePerson).toHaveBeenCalledExactlyOnceWith("u-bob", { role: "admin" });
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(row("Bob")).toHaveTextContent("RoleAdmin");
  });

  it("says clearly why the last owner cannot stop being one (409 last_owner)", async () => {
    vi.mocked(updatePerson).mockRejectedValue(new ApiError(409, "last_owner", "the portal needs an owner"));
    const user = renderPage();
    await screen.findByRole("list");

    await user.click(within(row("Alice")).getByRole("button", { name: "Change role" }));
    const dialog = screen.getByRole("dialog");
    await user.click(within(dialog).getByRole("radio", { name: "User" }));
    await user.click(within(dialog).getByRole("button", { name: "Save role" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent(
      "A portal must always keep at least one active owner. Make someone else an owner first.",
    );
    expect(row("Alice")).toHaveTextContent("RoleOwner");
  });

  it("disables and enables a member, and shows 409 last_owner in the row", async () => {
    vi.mocked(updatePerson).mockResolvedValueOnce({ ...bob, status: "disabled" });
    vi.mocked(updatePerson).mockResolvedValueOnce({ ...bob, status: "active" });
    vi.mocked(updatePerson).mockRejectedValueOnce(new ApiError(409, "last_owner"));
    const user = renderPage();
    await screen.findByRole("list");

    await user.click(within(row("Bob")).getByRole("button", { name: "Disable" }));
    expect(updatePerson).toHaveBeenLastCalledWith("u-bob", { disabled: true });
    expect(await within(row("Bob")).findByText("Disabled")).toBeInTheDocument();
    await user.click(within(row("Bob")).getByRole("button", { name: "Enable" }));
    expect(updatePerson).toHaveBeenLastCalledWith("u-bob", { disabled: false });
    expect(await within(row("Bob")).findByText("Active")).toBeInTheDocument();

    await user.click(within(row("Alice")).getByRole("button", { name: "Disable" }));
    expect(await within(row("Alice")).findByRole("alert")).toHaveTextContent(
      "A portal must always keep at least one active owner.",
    );
  });

  it("removes a member only after confirming", async () => {
    vi.mocked(removePerson).mockResolvedValue();
    const user = renderPage();
    await screen.findByRole("list");

    await user.click(within(row("Bob")).getByRole("button", { name: "Remove" }));
    const dialog = screen.getByRole("dialog", { name: "Remove Bob from Acme?" });
    await user.click(within(dialog).getByRole("button", { name: "Cancel" }));
    expect(removePerson).not.toHaveBeenCalled();
    expect(row("Bob")).toBeInTheDocument();

    await user.click(within(row("Bob")).getByRole("button", { name: "Remove" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Remove" }));

    expect(removePerson).toHaveBeenCalledExactlyOnceWith("u-bob");
    expect(await screen.findByRole("status")).toHaveTextContent("Bob was removed from Acme.");
    expect(screen.queryByRole("listitem", { name: /^Bob/ })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole("heading", { level: 1, name: "People" })).toHaveFocus());
  });

  it("makes a password reset link and shows it once", async () => {
    vi.mocked(makeResetLink).mockResolvedValue({
      reset_url: "http://localhost:9000/reset-password#cmVzZXQtdG9rZW4tZm9yLXRlc3Rpbmc",
      expires_at: "2026-12-02T10:30:00.000Z",
    });
    const user = renderPage();
    await screen.findByRole("list");

    await user.click(within(row("Bob")).getByRole("button", { name: "Make reset link" }));
    await user.click(within(screen.getByRole("dialog")).getByRole("button", { name: "Make link" }));

    expect(makeResetLink).toHaveBeenCalledExactlyOnceWith("u-bob");
    const shown = await screen.findByRole("dialog", { name: "Password reset link for Bob" });
    expect(within(shown).getByLabelText("Reset link")).toHaveValue(
      "http://localhost:9000/reset-password#cmVzZXQtdG9rZW4tZm9yLXRlc3Rpbmc",
    );
    expect(within(shown).getByRole("button", { name: "Copy reset link" })).toBeInTheDocument();
  });

  it("tells someone who is not an owner or admin that only they manage people (403)", async () => {
    vi.mocked(listPeople).mockRejectedValue(new ApiError(403, "forbidden"));
    renderPage();

    await expectOnlyAdmins("Only owners and admins of Acme can manage its people.", "Invite people");
  });

  it("shows a refused invitation's reason (429)", async () => {
    vi.mocked(invitePerson).mockRejectedValue(new ApiError(429, "too_many_requests", undefined, 30));
    const user = renderPage();
    await screen.findByRole("list");

    await user.click(screen.getByRole("button", { name: "Invite people" }));
    const dialog = screen.getByRole("dialog");
    await user.type(within(dialog).getByLabelText("Email"), "erin@example.com");
    await user.click(within(dialog).getByRole("button", { name: "Invite" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Too many attempts.");
  });

  it("lets an owner require two-factor authentication for everyone on the portal", async () => {
    vi.mocked(updatePortal).mockResolvedValue({ ...acmeSettings, require_second_factor: true });
    const user = renderPage();

    const policy = await screen.findByRole("checkbox", { name: POLICY });
    expect(policy).not.toBeChecked();
    expect(policy).toBeEnabled();
    await user.click(policy);

    expect(updatePortal).toHaveBeenCalledExactlyOnceWith({ require_second_factor: true });
    await waitFor(() => expect(policy).toBeChecked());
    expect(policy).toHaveAccessibleDescription(/people without one set it up at their next sign-in/);
  });

  it("shows an admin the policy read-only, and a user nothing of it", async () => {
    vi.mocked(getPortal).mockResolvedValue({ ...acmeSettings, require_second_factor: true });
    useSessionStore.getState().signedIn({ user: { ...alice, role: "admin" }, portals: alicePortals });
    renderPage();

    const policy = await screen.findByRole("checkbox", { name: POLICY });
    expect(policy).toBeChecked();
    expect(policy).toBeDisabled();
    expect(policy).toHaveAccessibleDescription(/Only owners can change this\./);
  });

  it("asks nothing about the policy of someone who is not an owner or admin", async () => {
    useSessionStore.getState().signedIn({ user: { ...alice, role: "user" }, portals: alicePortals });
    vi.mocked(listPeople).mockRejectedValue(new ApiError(403, "forbidden"));
    renderPage();

    await screen.findByRole("alert");
    expect(getPortal).not.toHaveBeenCalled();
    expect(screen.queryByRole("checkbox", { name: POLICY })).not.toBeInTheDocument();
  });

  it("keeps the policy as it was when saving it fails", async () => {
    vi.mocked(updatePortal).mockRejectedValue(new ApiError(403, "forbidden", "Only owners can change this"));
    const user = renderPage();

    const policy = await screen.findByRole("checkbox", { name: POLICY });
    await user.click(policy);

    expect(await screen.findByRole("alert")).toHaveTextContent("Only owners can change this");
    expect(policy).not.toBeChecked();
  });
});
