import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { verifySecondFactor } from "../../api/second-factors.ts";
import { choosePortal, getSession, signIn, signOut } from "../../api/session.ts";
import { useSessionStore } from "../../stores/session.ts";
import { alice, alicePortals } from "../../test-support.ts";
import { RequireSession } from "./require-session.tsx";

vi.mock("../../api/session.ts");
vi.mock("../../api/second-factors.ts");

const aliceWithoutPortal = { ...alice, portal: null, role: null };

function renderGate() {
  render(
    <MemoryRouter initialEntries={["/developer-tools/oauth"]}>
      <RequireSession>
        <h1 tabIndex={-1}>The page</h1>
      </RequireSession>
    </MemoryRouter>,
  );
  return userEvent.setup();
}

describe("RequireSession", () => {
  beforeEach(() => useSessionStore.getState().signedOut());

  it("shows sign-in without a session, then the chooser, then the page", async () => {
    vi.mocked(getSession).mockRejectedValue(new ApiError(401, "unauthenticated"));
    vi.mocked(signIn).mockResolvedValue({ user: aliceWithoutPortal, portals: alicePortals });
    vi.mocked(choosePortal).mockResolvedValue(alice);
    const user = renderGate();

    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByText("The page")).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("Email"), "alice@example.com");
    await user.type(screen.getByLabelText("Password"), "Alice-Pa55!");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(signIn).toHaveBeenCalledExactlyOnceWith({ email: "alice@example.com", password: "Alice-Pa55!" });
    const chooser = await screen.findByRole("heading", { level: 1, name: "Choose portal" });
    await waitFor(() => expect(chooser).toHaveFocus());
    await user.click(screen.getByRole("button", { name: "Acme" }));

    expect(choosePortal).toHaveBeenCalledExactlyOnceWith({ portal_id: "acme" });
    const page = await screen.findByRole("heading", { level: 1, name: "The page" });
    await waitFor(() => expect(page).toHaveFocus());
  });

  it("asks for the second factor after the password, then shows the page", async () => {
    vi.mocked(getSession).mockRejectedValue(new ApiError(401, "unauthenticated"));
    vi.mocked(signIn).mockResolvedValue({ second_factor: ["totp", "recovery_code"] });
    vi.mocked(verifySecondFactor).mockResolvedValue({ user: alice, portals: alicePortals });
    const user = renderGate();

    await user.type(await screen.findByLabelText("Email"), "alice@example.com");
    await user.type(screen.getByLabelText("Password"), "Alice-Pa55!");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    const step = await screen.findByRole("heading", { level: 1, name: "Two-factor authentication" });
    await waitFor(() => expect(step).toHaveFocus());
    expect(screen.queryByText("The page")).not.toBeInTheDocument();

    await user.type(screen.getByLabelText("Authentication code"), "123456");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    expect(verifySecondFactor).toHaveBeenCalledExactlyOnceWith({ method: "totp", code: "123456" });
    const page = await screen.findByRole("heading", { level: 1, name: "The page" });
    await waitFor(() => expect(page).toHaveFocus());
  });

  it("shows the alert for wrong credentials", async () => {
    vi.mocked(getSession).mockRejectedValue(new ApiError(401, "unauthenticated"));
    vi.mocked(signIn).mockRejectedValue(new ApiError(401, "invalid_credentials"));
    const user = renderGate();

    await user.type(await screen.findByLabelText("Email"), "alice@example.com");
    await user.type(screen.getByLabelText("Password"), "wrong");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Incorrect email or password");
  });

  it("shows the chooser when signed in without a portal", async () => {
    vi.mocked(getSession).mockResolvedValue({ user: aliceWithoutPortal, portals: alicePortals });
    renderGate();

    expect(await screen.findByRole("heading", { level: 1, name: "Choose portal" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Acme" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Globex" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Cancel" })).not.toBeInTheDocument();
  });

  it("shows the page with who is signed in, on which portal, and the links between the settings pages", async () => {
    vi.mocked(getSession).mockResolvedValue({ user: alice, portals: alicePortals });
    renderGate();

    expect(await screen.findByRole("heading", { level: 1, name: "The page" })).toBeInTheDocument();
    const account = screen.getByRole("region", { name: "Account" });
    expect(account).toHaveTextContent("alice@example.com");
    expect(account).toHaveTextContent("Portal: Acme");
    const nav = screen.getByRole("navigation", { name: "Settings" });
    expect(within(nav).getByRole("link", { name: "Developer tools" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    expect(within(nav).getByRole("link", { name: "Connected apps" })).toHaveAttribute(
      "href",
      "/connected-apps",
    );
  });

  it("switches portal through the chooser, and can cancel it", async () => {
    vi.mocked(getSession).mockResolvedValue({ user: alice, portals: alicePortals });
    vi.mocked(choosePortal).mockResolvedValue({ ...alice, portal: { id: "globex", name: "Globex" } });
    const user = renderGate();

    await user.click(await screen.findByRole("button", { name: "Switch portal" }));
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.getByRole("heading", { level: 1, name: "The page" })).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Switch portal" }));
    await user.click(screen.getByRole("button", { name: "Globex" }));

    expect(await screen.findByRole("heading", { level: 1, name: "The page" })).toBeInTheDocument();
    expect(screen.getByRole("region", { name: "Account" })).toHaveTextContent("Portal: Globex");
  });

  it("offers no portal switch to a person with one portal", async () => {
    vi.mocked(getSession).mockResolvedValue({
      user: { ...alice, email: "bob@example.com" },
      portals: [{ id: "acme", name: "Acme" }],
    });
    renderGate();
    await screen.findByRole("heading", { level: 1, name: "The page" });
    expect(screen.queryByRole("button", { name: "Switch portal" })).not.toBeInTheDocument();
  });

  it("signs out, then asks who is signing in", async () => {
    vi.mocked(getSession).mockResolvedValue({ user: alice, portals: alicePortals });
    vi.mocked(signOut).mockResolvedValue();
    const user = renderGate();

    await user.click(await screen.findByRole("button", { name: "Sign out" }));

    expect(signOut).toHaveBeenCalledOnce();
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
  });

  it("offers to try again when the session cannot be checked", async () => {
    vi.mocked(getSession).mockRejectedValueOnce(
      new ApiError(503, "temporarily_unavailable", "down for a moment"),
    );
    vi.mocked(getSession).mockResolvedValueOnce({ user: alice, portals: alicePortals });
    const user = renderGate();

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Your session could not be checked. Try again.",
    );
    expect(screen.queryByText(/down for a moment/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(await screen.findByRole("heading", { level: 1, name: "The page" })).toBeInTheDocument();
  });
});
