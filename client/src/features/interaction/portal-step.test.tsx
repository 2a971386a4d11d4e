import type { Interaction } from "@gatehouse/shared";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { choosePortal, signIn, signOut, signOutAccount } from "../../api/session.ts";
import { useSessionStore } from "../../stores/session.ts";
import { addCarol } from "../../test-routes.tsx";
import { alice, aliceAccount, bob, bobAccount, interactionAt } from "../../test-support.ts";
import { PortalStep } from "./portal-step.tsx";

vi.mock("../../api/session.ts");

function renderChooser() {
  const onProgress = vi.fn(async () => {});
  render(
    <PortalStep
      interaction={interactionAt("portal", { user: { ...alice, portal: null } })}
      onProgress={onProgress}
    />,
  );
  return { onProgress };
}

describe("PortalStep", () => {
  it("offers one button per portal, named by the portal's name", () => {
    renderChooser();
    expect(screen.getByRole("heading", { level: 1, name: "Choose portal" })).toBeInTheDocument();
    const list = screen.getByRole("list");
    const buttons = within(list).getAllByRole("button");
    expect(buttons).toHaveLength(2);
    expect(buttons[0]).toHaveAccessibleName("Acme");
    expect(buttons[1]).toHaveAccessibleName("Globex");
  });

  it("shows who is signed in", () => {
    renderChooser();
    expect(screen.getByText("alice@example.com")).toBeInTheDocument();
  });

  it("chooses the clicked portal, then moves on", async () => {
    vi.mocked(choosePortal).mockResolvedValue({ ...alice, portal: { id: "globex", name: "Globex" } });
    const { onProgress } = renderChooser();

    await userEvent.click(screen.getByRole("button", { name: "Globex" }));

    // For this sign-in request: the server refuses a portal where its app may not be used (N74).
    expect(choosePortal).toHaveBeenCalledExactlyOnceWith({
      portal_id: "globex",
      interaction_id: interactionAt("portal").id,
    });
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
  });

  it("shows an alert when the portal cannot be chosen", async () => {
    vi.mocked(choosePortal).mockRejectedValue(new ApiError(403, "forbidden"));
    const { onProgress } = renderChooser();

    await userEvent.click(screen.getByRole("button", { name: "Acme" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Acme could not be chosen");
    expect(onProgress).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Acme" })).toBeEnabled();
  });
});

describe("PortalStep with several signed-in accounts", () => {
  beforeEach(() => useSessionStore.getState().signedOut());

  function renderPairs(overrides: Partial<Interaction> = {}) {
    const onProgress = vi.fn(async () => {});
    render(
      <MemoryRouter>
        <PortalStep
          interaction={interactionAt("portal", { accounts: [aliceAccount, bobAccount], ...overrides })}
          onProgress={onProgress}
        />
      </MemoryRouter>,
    );
    return { onProgress, user: userEvent.setup() };
  }

  it("groups the (account, portal) pairs by account, each named by the portal's name and the account's email", () => {
    renderPairs();
    expect(screen.getByRole("heading", { level: 1, name: "Choose portal" })).toBeInTheDocument();
    const aliceGroup = screen.getByRole("listitem", { name: "Alice" });
    expect(within(aliceGroup).getByRole("heading", { level: 2, name: "Alice" })).toBeInTheDocument();
    expect(aliceGroup).toHaveAccessibleDescription("alice@example.com");
    const pairs = within(aliceGroup).getAllByRole("button");
    expect(pairs).toHaveLength(2);
    expect(pairs[0]).toHaveAccessibleName("Acme — alice@example.com");
    expect(pairs[1]).toHaveAccessibleName("Globex — alice@example.com");
    // What the name says is what the button shows (WCAG 2.2 §2.5.3).
    expect(pairs[1]).toHaveTextContent("Globexalice@example.com");
    const bobGroup = screen.getByRole("listitem", { name: "Bob" });
    expect(within(bobGroup).getByRole("button", { name: "Acme — bob@example.com" })).toBeInTheDocument();
    expect(within(bobGroup).getAllByRole("button")).toHaveLength(1);
    expect(screen.getByRole("button", { name: "Globex — alice@example.com" })).toBeInTheDocument();
  });

  it("picks account and portal with one click, for this sign-in request, then moves on", async () => {
    vi.mocked(choosePortal).mockResolvedValue(bob);
    const { onProgress, user } = renderPairs();

    await user.click(screen.getByRole("button", { name: "Acme — bob@example.com" }));

    expect(choosePortal).toHaveBeenCalledExactlyOnceWith({
      portal_id: "acme",
      account: "u-bob",
      interaction_id: interactionAt("portal").id,
    });
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
    expect(useSessionStore.getState().user?.email).toBe("bob@example.com");
  });

  it("says which pair could not be chosen, and lets the person pick again", async () => {
    vi.mocked(choosePortal).mockRejectedValue(new ApiError(401, "unauthenticated"));
    const { onProgress, user } = renderPairs();

    await user.click(screen.getByRole("button", { name: "Globex — alice@example.com" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Globex could not be chosen for alice@example.com",
    );
    expect(onProgress).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Acme — bob@example.com" })).toBeEnabled();
  });

  it("tells an account with no portal for the app so, instead of offering nothing", () => {
    renderPairs({ accounts: [aliceAccount, { ...bobAccount, portals: [] }] });
    expect(screen.getByRole("listitem", { name: "Bob" })).toHaveTextContent(
      "Demo Notes cannot be used on any portal of this account.",
    );
  });

  it("with one signed-in account stays the chooser of portals, named by the portal alone", () => {
    renderPairs({ accounts: [aliceAccount] });
    expect(screen.getByRole("button", { name: "Acme" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Globex" })).toBeInTheDocument();
    expect(screen.queryByRole("listitem", { name: "Alice" })).not.toBeInTheDocument();
  });

  it('"Use another account" shows sign-in with an empty email, signs nobody out, and moves on once signed in', async () => {
    vi.mocked(signIn).mockResolvedValue({ user: { ...bob, portal: null }, portals: bobAccount.portals });
    const { onProgress, user } = renderPairs();

    await addCarol(user);

    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
    expect(signOut).not.toHaveBeenCalled();
    expect(signOutAccount).not.toHaveBeenCalled();
    expect(await screen.findByRole("heading", { level: 1, name: "Choose portal" })).toBeInTheDocument();
  });

  it('"Cancel" on the added sign-in returns to the chooser, the keyboard following', async () => {
    const { user } = renderPairs();

    await user.click(screen.getByRole("button", { name: "Use another account" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));

    const heading = screen.getByRole("heading", { level: 1, name: "Choose portal" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(signIn).not.toHaveBeenCalled();
  });
});
