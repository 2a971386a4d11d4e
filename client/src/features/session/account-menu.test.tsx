import type { SessionAnswer } from "@gatehouse/shared";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useEffect } from "react";
import { MemoryRouter } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { choosePortal, getSession, signIn, signOut, signOutAccount } from "../../api/session.ts";
import { useSessionStore } from "../../stores/session.ts";
import { addCarol } from "../../test-routes.tsx";
import { alice, aliceAccount, alicePortals, bob, bobAccount } from "../../test-support.ts";
import { RequireSession } from "./require-session.tsx";

vi.mock("../../api/session.ts");

/** Alice active on Acme, Bob signed in beside her: `GET /api/session` as docs/api.md#several-accounts answers it. */
const aliceAndBob: SessionAnswer = {
  user: alice,
  portals: alicePortals,
  accounts: [
    { ...aliceAccount, active: true },
    { ...bobAccount, active: false },
  ],
};

const bobAlone: SessionAnswer = {
  user: bob,
  portals: bobAccount.portals,
  accounts: [{ ...bobAccount, active: true }],
};

/** Stands for a settings page: it loads its data once per mount, for whoever is active then. */
function ThePage({ load }: { load: (email: string | undefined) => void }) {
  const email = useSessionStore((state) => state.user?.email);
  useEffect(() => load(email), [load, email]);
  return <h1 tabIndex={-1}>The page</h1>;
}

function renderPage() {
  const load = vi.fn<(email: string | undefined) => void>();
  render(
    <MemoryRouter initialEntries={["/connected-apps"]}>
      <RequireSession>
        <ThePage load={load} />
      </RequireSession>
    </MemoryRouter>,
  );
  return { load, user: userEvent.setup() };
}

async function openMenu(user: ReturnType<typeof userEvent.setup>) {
  const toggle = await screen.findByRole("button", { name: "Switch account" });
  expect(toggle).toHaveAttribute("aria-expanded", "false");
  await user.click(toggle);
  expect(toggle).toHaveAttribute("aria-expanded", "true");
  return toggle;
}

describe("The account menu of the settings pages", () => {
  beforeEach(() => useSessionStore.getState().signedOut());

  it("lists every signed-in account with its portals, the pair in use marked", async () => {
    vi.mocked(getSession).mockResolvedValue(aliceAndBob);
    const { user } = renderPage();

    await openMenu(user);

    const account = screen.getByRole("region", { name: "Account" });
    const aliceGroup = within(account).getByRole("listitem", { name: "Alice" });
    expect(aliceGroup).toHaveAccessibleDescription("alice@example.com");
    const current = within(aliceGroup).getByRole("button", { name: "Acme — alice@example.com" });
    expect(current).toHaveAttribute("aria-current", "true");
    // Not by colour alone: the pair in use says so.
    expect(current).toHaveTextContent("In use");
    expect(
      within(aliceGroup).getByRole("button", { name: "Globex — alice@example.com" }),
    ).not.toHaveAttribute("aria-current");
    const bobGroup = within(account).getByRole("listitem", { name: "Bob" });
    expect(within(bobGroup).getByRole("button", { name: "Acme — bob@example.com" })).toBeInTheDocument();
    expect(within(account).getByRole("button", { name: "Use another account" })).toBeInTheDocument();
    expect(within(account).getByRole("button", { name: "Sign out of all accounts" })).toBeInTheDocument();
  });

  it("switches to another account's portal, then reloads the page's data for it", async () => {
    vi.mocked(getSession).mockResolvedValue(aliceAndBob);
    vi.mocked(choosePortal).mockResolvedValue(bob);
    const { user, load } = renderPage();
    await openMenu(user);
    expect(load).toHaveBeenLastCalledWith("alice@example.com");

    await user.click(screen.getByRole("button", { name: "Acme — bob@example.com" }));

    expect(choosePortal).toHaveBeenCalledExactlyOnceWith({ portal_id: "acme", account: "u-bob" });
    const account = screen.getByRole("region", { name: "Account" });
    await waitFor(() => expect(account).toHaveTextContent("bob@example.com"));
    expect(account).toHaveTextContent("Portal: Acme");
    await waitFor(() => expect(load).toHaveBeenLastCalledWith("bob@example.com"));
    expect(screen.getByRole("button", { name: "Switch account" })).toHaveAttribute("aria-expanded", "false");
    expect(useSessionStore.getState().accounts.map((entry) => [entry.email, entry.active])).toEqual([
      ["bob@example.com", true],
      ["alice@example.com", false],
    ]);
  });

  it("says so when the switch fails, and stays with the account in use", async () => {
    vi.mocked(getSession).mockResolvedValue(aliceAndBob);
    vi.mocked(choosePortal).mockRejectedValue(new ApiError(401, "unauthenticated"));
    const { user } = renderPage();
    await openMenu(user);

    await user.click(screen.getByRole("button", { name: "Acme — bob@example.com" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Acme could not be chosen for bob@example.com",
    );
    expect(screen.getByRole("region", { name: "Account" })).toHaveTextContent("Portal: Acme");
    expect(useSessionStore.getState().user?.email).toBe("alice@example.com");
  });

  it('"Sign out" ends the active account only, and the page goes on for the one left', async () => {
    vi.mocked(getSession).mockResolvedValueOnce(aliceAndBob).mockResolvedValueOnce(bobAlone);
    vi.mocked(signOutAccount).mockResolvedValue();
    const { user, load } = renderPage();

    await user.click(await screen.findByRole("button", { name: "Sign out" }));

    expect(signOutAccount).toHaveBeenCalledExactlyOnceWith("u-alice");
    expect(signOut).not.toHaveBeenCalled();
    const page = await screen.findByRole("heading", { level: 1, name: "The page" });
    await waitFor(() => expect(page).toHaveFocus());
    expect(screen.getByRole("region", { name: "Account" })).toHaveTextContent("bob@example.com");
    expect(load).toHaveBeenLastCalledWith("bob@example.com");
    // One account left: the bar is the single account's again.
    expect(screen.queryByRole("button", { name: "Switch account" })).not.toBeInTheDocument();
  });

  it('"Sign out of all accounts" ends every session, then asks who is signing in', async () => {
    vi.mocked(getSession).mockResolvedValue(aliceAndBob);
    vi.mocked(signOut).mockResolvedValue();
    const { user } = renderPage();
    await openMenu(user);

    await user.click(screen.getByRole("button", { name: "Sign out of all accounts" }));

    expect(signOut).toHaveBeenCalledOnce();
    expect(signOutAccount).not.toHaveBeenCalled();
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(useSessionStore.getState().accounts).toEqual([]);
  });

  it('"Use another account" signs one more in, nobody out, then returns to the page', async () => {
    const carolAccount = { user_id: "u-carol", email: "carol@example.com", display_name: "Carol" };
    const carol = { email: "carol@example.com", display_name: "Carol", portal: { id: "acme", name: "Acme" } };
    vi.mocked(getSession)
      .mockResolvedValueOnce(aliceAndBob)
      .mockResolvedValueOnce({
        user: carol,
        portals: bobAccount.portals,
        accounts: [
          { ...carolAccount, portals: bobAccount.portals, active: true },
          { ...aliceAccount, active: false },
          { ...bobAccount, active: false },
        ],
      });
    vi.mocked(signIn).mockResolvedValue({ user: carol, portals: bobAccount.portals });
    const { user } = renderPage();
    await openMenu(user);

    await addCarol(user);

    expect(await screen.findByRole("heading", { level: 1, name: "The page" })).toBeInTheDocument();
    expect(signOut).not.toHaveBeenCalled();
    expect(signOutAccount).not.toHaveBeenCalled();
    expect(screen.getByRole("region", { name: "Account" })).toHaveTextContent("carol@example.com");
    await openMenu(user);
    expect(screen.getAllByRole("listitem", { name: /^(Carol|Alice|Bob)$/ })).toHaveLength(3);
  });

  it('"Cancel" on the added sign-in returns to the page as it was', async () => {
    vi.mocked(getSession).mockResolvedValue(aliceAndBob);
    const { user } = renderPage();
    await openMenu(user);

    await user.click(screen.getByRole("button", { name: "Use another account" }));
    await user.click(await screen.findByRole("button", { name: "Cancel" }));

    expect(await screen.findByRole("heading", { level: 1, name: "The page" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Account" })).toHaveTextContent("alice@example.com");
    expect(signIn).not.toHaveBeenCalled();
  });

  it("works with the keyboard: Enter opens the menu, Tab reaches each pair, Escape closes it", async () => {
    vi.mocked(getSession).mockResolvedValue(aliceAndBob);
    const { user } = renderPage();
    const toggle = await screen.findByRole("button", { name: "Switch account" });

    toggle.focus();
    await user.keyboard("{Enter}");
    expect(toggle).toHaveAttribute("aria-expanded", "true");
    // The menu follows its button: Sign out first, then the pairs in order.
    await user.tab();
    expect(screen.getByRole("button", { name: "Sign out" })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole("button", { name: "Acme — alice@example.com" })).toHaveFocus();
    await user.keyboard("{Escape}");

    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole("button", { name: "Acme — bob@example.com" })).not.toBeInTheDocument();
  });

  it("offers one account a way to add another, and no account switch", async () => {
    vi.mocked(getSession).mockResolvedValue({ user: alice, portals: alicePortals });
    const { user } = renderPage();

    await user.click(await screen.findByRole("button", { name: "Use another account" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Switch account" })).not.toBeInTheDocument();
    expect(signOut).not.toHaveBeenCalled();
  });
});
