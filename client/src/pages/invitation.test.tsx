import { screen, waitFor } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { acceptInvitation, lookupInvitation } from "../api/invitations.ts";
import { getSession, signIn, signOut } from "../api/session.ts";
import { useSessionStore } from "../stores/session.ts";
import { findPageHeading, pageHeading, renderAt, retype } from "../test-routes.tsx";
import { alice, strongPassword } from "../test-support.ts";
import { InvitationPage } from "./invitation.tsx";

vi.mock("../api/invitations.ts");
vi.mock("../api/session.ts");

const TOKEN = "aW52aXRhdGlvbi10b2tlbi1mb3ItdGVzdHM";
const erin = {
  email: "erin@example.com",
  display_name: "Erin",
  portal: { id: "acme", name: "Acme" },
  role: "user" as const,
};

function renderPage(address = `/invite#${TOKEN}`) {
  return renderAt(address, <InvitationPage />, { probe: true });
}

describe("InvitationPage", () => {
  beforeEach(() => {
    useSessionStore.getState().signedOut();
    vi.mocked(lookupInvitation).mockResolvedValue({
      portal: { id: "acme", name: "Acme" },
      email: "erin@example.com",
    });
    vi.mocked(getSession).mockRejectedValue(new ApiError(401, "unauthenticated"));
  });

  it("looks the token up from the body, takes it off the address, and shows the portal and the email", async () => {
    renderPage();
    expect(await findPageHeading("Join Acme")).toBeInTheDocument();
    expect(lookupInvitation).toHaveBeenCalledExactlyOnceWith(TOKEN);
    expect(screen.getByText(/This invitation is for/)).toHaveTextContent("erin@example.com");
    expect(screen.getByLabelText("Address")).toHaveTextContent(/^\/invite$/);
  });

  it("lets a new person set a name and a password, saying why a password is refused before sending", async () => {
    vi.mocked(acceptInvitation).mockResolvedValue(erin);
    const user = renderPage();
    await user.type(await screen.findByLabelText("Name"), "Erin");
    await user.type(screen.getByLabelText("Password"), "erin-password-1");
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(
      /must not contain your email address/,
    );
    await user.click(screen.getByRole("button", { name: "Create account and join" }));
    expect(acceptInvitation).not.toHaveBeenCalled();

    await retype(user, screen.getByLabelText("Password"), strongPassword);
    await user.click(screen.getByRole("button", { name: "Create account and join" }));

    expect(acceptInvitation).toHaveBeenCalledExactlyOnceWith({
      token: TOKEN,
      display_name: "Erin",
      password: strongPassword,
    });
    const heading = await findPageHeading("Welcome to Acme");
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it("lets someone signed in with the invited email join with the token alone", async () => {
    vi.mocked(getSession).mockResolvedValue({ user: { ...erin, portal: null, role: null }, portals: [] });
    vi.mocked(acceptInvitation).mockResolvedValue(erin);
    const user = renderPage();

    await user.click(await screen.findByRole("button", { name: "Join" }));
    expect(acceptInvitation).toHaveBeenCalledExactlyOnceWith({ token: TOKEN });
    expect(await findPageHeading("Welcome to Acme")).toBeInTheDocument();
  });

  it("asks someone signed in with another email to sign out first", async () => {
    vi.mocked(getSession).mockResolvedValue({ user: alice, portals: [] });
    vi.mocked(signOut).mockResolvedValue();
    const user = renderPage();

    expect(await screen.findByText(/You are signed in as/)).toHaveTextContent("alice@example.com");
    expect(screen.queryByRole("button", { name: "Join" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Sign out" }));
    expect(signOut).toHaveBeenCalledOnce();
    expect(await screen.findByLabelText("Name")).toBeInTheDocument();
  });

  it("lets someone with an account sign in, then join", async () => {
    vi.mocked(signIn).mockResolvedValue({ user: { ...erin, portal: null, role: null }, portals: [] });
    vi.mocked(acceptInvitation).mockResolvedValue(erin);
    const user = renderPage();

    await user.click(await screen.findByRole("button", { name: "Sign in to join" }));
    expect(screen.getByLabelText("Email")).toHaveValue("erin@example.com");
    await user.type(screen.getByLabelText("Password"), "Erin-Pa55!");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(signIn).toHaveBeenCalledExactlyOnceWith({ email: "erin@example.com", password: "Erin-Pa55!" });

    await user.click(await screen.findByRole("button", { name: "Join" }));
    expect(acceptInvitation).toHaveBeenCalledExactlyOnceWith({ token: TOKEN });
  });

  it("says a used or expired invitation no longer works (410)", async () => {
    vi.mocked(lookupInvitation).mockRejectedValue(new ApiError(410, "expired"));
    renderPage();
    expect(await findPageHeading("This invitation link no longer works")).toBeInTheDocument();
    expect(screen.getByText("Ask the person who invited you for a new invitation.")).toBeInTheDocument();
  });

  it("says so when the invitation dies while accepting (410)", async () => {
    vi.mocked(acceptInvitation).mockRejectedValue(new ApiError(410, "expired"));
    const user = renderPage();
    await user.type(await screen.findByLabelText("Name"), "Erin");
    await user.type(screen.getByLabelText("Password"), strongPassword);
    await user.click(screen.getByRole("button", { name: "Create account and join" }));
    expect(await findPageHeading("This invitation link no longer works")).toBeInTheDocument();
  });

  it("says the link is incomplete without a token, asking the server nothing", () => {
    renderPage("/invite");
    expect(pageHeading("This invitation link is incomplete")).toBeInTheDocument();
    expect(lookupInvitation).not.toHaveBeenCalled();
  });
});
