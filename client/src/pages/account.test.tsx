import type { AccountSession } from "@gatehouse/shared/schemas/account";
import { screen, waitFor, within } from "@testing-library/react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  changePassword,
  endOtherSessions,
  endSession,
  getAccount,
  listSessions,
  updateAccount,
} from "../api/account.ts";
import { ApiError } from "../api/http.ts";
import { listPasskeys } from "../api/passkeys.ts";
import { getSecondFactors } from "../api/second-factors.ts";
import { useSessionStore } from "../stores/session.ts";
import { renderAt, retype } from "../test-routes.tsx";
import { alice, alicePortals, expectPageSections, strongPassword } from "../test-support.ts";
import { AccountPage } from "./account.tsx";

vi.mock("../api/account.ts");
vi.mock("../api/passkeys.ts");
vi.mock("../api/second-factors.ts");

const account = { user_id: "u-alice", email: "alice@example.com", display_name: "Alice" };
const sessions: AccountSession[] = [
  {
    id: "s-here",
    browser: "Chrome 131",
    os: "Linux",
    address: "203.0.113.7",
    signed_in_at: "2026-12-01T08:00:00.000Z",
    last_seen_at: "2026-12-02T02:00:00.000Z",
    current: true,
  },
  {
    id: "s-phone",
    browser: "Safari 18",
    os: "iOS 18",
    address: "198.51.100.4",
    signed_in_at: "2026-11-20T18:30:00.000Z",
    last_seen_at: "2026-11-29T07:45:00.000Z",
    current: false,
  },
  {
    id: "s-odd",
    browser: null,
    os: null,
    address: null,
    signed_in_at: "2026-11-01T12:00:00.000Z",
    last_seen_at: "2026-11-01T12:05:00.000Z",
    current: false,
  },
];

function renderPage() {
  return renderAt("/account", <AccountPage />);
}

function section(name: string) {
  return screen.getByRole("region", { name });
}

describe("AccountPage", () => {
  beforeEach(() => {
    useSessionStore.getState().signedIn({ user: alice, portals: alicePortals });
    vi.mocked(getAccount).mockResolvedValue(account);
    vi.mocked(listSessions).mockResolvedValue(sessions);
    vi.mocked(listPasskeys).mockResolvedValue([]);
    vi.mocked(getSecondFactors).mockResolvedValue({ totp: null, recovery_codes_remaining: 0 });
  });

  it("shows the heading Your account and the sections Profile, Password, Two-factor authentication, Passkeys and Sessions", async () => {
    renderPage();

    await expectPageSections("Your account", [
      "Profile",
      "Password",
      "Two-factor authentication",
      "Passkeys",
      "Sessions",
    ]);
    // The authenticator app is offered (features/account/two-factor-section.test.tsx).
    expect(
      await within(section("Two-factor authentication")).findByRole("button", {
        name: "Set up authenticator app",
      }),
    ).toBeInTheDocument();
    // Passkeys list the person's own; jsdom has no WebAuthn, so none can be added here.
    expect(await within(section("Passkeys")).findByText("You have no passkeys yet.")).toBeInTheDocument();
    expect(within(section("Passkeys")).getByText("This browser cannot create passkeys.")).toBeInTheDocument();
  });

  it("saves the display name and refuses an empty one before sending", async () => {
    vi.mocked(updateAccount).mockResolvedValue({ ...account, display_name: "Alice Liddell" });
    const user = renderPage();
    const profile = await screen.findByRole("region", { name: "Profile" });
    expect(profile).toHaveTextContent("alice@example.com");
    const name = within(profile).getByLabelText("Name");
    expect(name).toHaveValue("Alice");

    await user.clear(name);
    await user.click(within(profile).getByRole("button", { name: "Save name" }));
    expect(name).toHaveAccessibleDescription(/Enter a name/);
    expect(updateAccount).not.toHaveBeenCalled();

    await user.type(name, "Alice Liddell");
    await user.click(within(profile).getByRole("button", { name: "Save name" }));
    expect(updateAccount).toHaveBeenCalledExactlyOnceWith({ display_name: "Alice Liddell" });
    expect(await within(profile).findByRole("status")).toHaveTextContent("Your name was saved.");
    expect(useSessionStore.getState().user?.display_name).toBe("Alice Liddell");
  });

  it("says why a new password would be refused as it is typed, before anything is sent", async () => {
    const user = renderPage();
    const password = await screen.findByRole("region", { name: "Password" });
    const field = within(password).getByLabelText("New password");

    await user.type(field, "short");
    expect(field).toHaveAccessibleDescription(/Use at least 10 characters/);
    await user.type(field, "password");
    expect(field).toHaveAccessibleDescription(/This password is too common or too easy to guess/);
    await retype(user, field, "alice-secret-99!");
    expect(field).toHaveAccessibleDescription(/must not contain your email address/);

    await user.type(within(password).getByLabelText("Current password"), "Alice-Pa55!");
    await user.click(within(password).getByRole("button", { name: "Change password" }));
    expect(changePassword).not.toHaveBeenCalled();
    expect(field).toHaveFocus();
    expect(field).toHaveAttribute("aria-invalid", "true");

    await retype(user, field, strongPassword);
    expect(field).toHaveAccessibleDescription(/This password can be used/);
  });

  it("changes the password, then says the other browsers were signed out and lists this one alone", async () => {
    vi.mocked(changePassword).mockResolvedValue();
    const user = renderPage();
    const password = await screen.findByRole("region", { name: "Password" });
    await screen.findByRole("list", { name: "Sessions" });

    await user.type(within(password).getByLabelText("Current password"), "Alice-Pa55!");
    await user.type(within(password).getByLabelText("New password"), strongPassword);
    await user.click(within(password).getByRole("button", { name: "Change password" }));

    expect(changePassword).toHaveBeenCalledExactlyOnceWith({
      current_password: "Alice-Pa55!",
      new_password: strongPassword,
    });
    expect(await within(password).findByText(/^Your password was changed\./)).toHaveAttribute(
      "role",
      "status",
    );
    expect(within(password).getByLabelText("Current password")).toHaveValue("");
    expect(within(screen.getByRole("list", { name: "Sessions" })).getAllByRole("listitem")).toHaveLength(1);
  });

  it("marks a wrong current password (401) beside its field", async () => {
    vi.mocked(changePassword).mockRejectedValue(new ApiError(401, "invalid_credentials"));
    const user = renderPage();
    const password = await screen.findByRole("region", { name: "Password" });

    await user.type(within(password).getByLabelText("Current password"), "wrong");
    await user.type(within(password).getByLabelText("New password"), strongPassword);
    await user.click(within(password).getByRole("button", { name: "Change password" }));

    const current = within(password).getByLabelText("Current password");
    await waitFor(() => expect(current).toHaveAccessibleDescription("Your current password is not correct"));
    expect(current).toHaveFocus();
  });

  it("shows the server's refusal of a weak password (400) and a throttled attempt (429)", async () => {
    vi.mocked(changePassword).mockRejectedValueOnce(
      new ApiError(400, "weak_password", "The password must not contain your email address"),
    );
    vi.mocked(changePassword).mockRejectedValueOnce(new ApiError(429, "too_many_requests", undefined, 60));
    const user = renderPage();
    const password = await screen.findByRole("region", { name: "Password" });

    await user.type(within(password).getByLabelText("Current password"), "Alice-Pa55!");
    await user.type(within(password).getByLabelText("New password"), strongPassword);
    await user.click(within(password).getByRole("button", { name: "Change password" }));
    await waitFor(() =>
      expect(within(password).getByLabelText("New password")).toHaveAccessibleDescription(
        /must not contain your email address/,
      ),
    );

    await user.click(within(password).getByRole("button", { name: "Change password" }));
    expect(await within(password).findByRole("alert")).toHaveTextContent("Too many attempts.");
  });

  it("lists the sessions with browser, system, address and times, this browser marked", async () => {
    renderPage();
    const list = await screen.findByRole("list", { name: "Sessions" });
    const rows = within(list).getAllByRole("listitem");
    expect(rows).toHaveLength(3);

    const here = within(list).getByRole("listitem", { name: /Chrome 131 on Linux/ });
    expect(here).toHaveTextContent("This browser");
    expect(here).toHaveTextContent("203.0.113.7");
    expect(within(here).queryByRole("button", { name: "Sign out" })).not.toBeInTheDocument();
    const times = here.querySelectorAll("time");
    expect([...times].map((time) => time.getAttribute("datetime"))).toEqual([
      "2026-12-01T08:00:00.000Z",
      "2026-12-02T02:00:00.000Z",
    ]);
    // The browser's locale formats the dates: never the raw ISO text.
    expect(times[0]?.textContent).not.toContain("T08:00");
    expect(within(list).getByRole("listitem", { name: "Unknown browser" })).toHaveTextContent("Unknown");
  });

  it("signs out one other session, then all other sessions", async () => {
    vi.mocked(endSession).mockResolvedValue();
    vi.mocked(endOtherSessions).mockResolvedValue();
    const user = renderPage();
    const list = await screen.findByRole("list", { name: "Sessions" });

    const phone = within(list).getByRole("listitem", { name: /Safari 18 on iOS 18/ });
    await user.click(within(phone).getByRole("button", { name: "Sign out" }));
    expect(endSession).toHaveBeenCalledExactlyOnceWith("s-phone");
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(2));
    expect(section("Sessions")).toHaveTextContent("Safari 18 on iOS 18 was signed out.");

    await user.click(screen.getByRole("button", { name: "Sign out all other sessions" }));
    expect(endOtherSessions).toHaveBeenCalledOnce();
    await waitFor(() => expect(within(list).getAllByRole("listitem")).toHaveLength(1));
    expect(section("Sessions")).toHaveTextContent("Every other browser was signed out.");
    expect(screen.queryByRole("button", { name: "Sign out all other sessions" })).not.toBeInTheDocument();
  });

  it("offers to try again when the sessions cannot be loaded", async () => {
    vi.mocked(listSessions).mockRejectedValueOnce(new ApiError(503, "temporarily_unavailable"));
    const user = renderPage();

    expect(await within(section("Sessions")).findByRole("alert")).toHaveTextContent(
      "Your sessions could not be loaded.",
    );
    await user.click(within(section("Sessions")).getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("list", { name: "Sessions" })).toBeInTheDocument();
  });
});
