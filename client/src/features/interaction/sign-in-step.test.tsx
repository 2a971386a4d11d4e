import { cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { signIn, signOut, signOutAccount } from "../../api/session.ts";
import { useSessionStore } from "../../stores/session.ts";
import {
  alice,
  aliceAccount,
  alicePortals,
  bob,
  bobAccount,
  deferred,
  interactionAt,
} from "../../test-support.ts";
import { SignInStep } from "./sign-in-step.tsx";

vi.mock("../../api/session.ts");

function renderSignIn(overrides = {}) {
  const onProgress = vi.fn(async () => {});
  render(
    <MemoryRouter>
      <SignInStep interaction={interactionAt("login", overrides)} onProgress={onProgress} />
    </MemoryRouter>,
  );
  return { onProgress };
}

async function fillAndSubmit(email: string, password: string) {
  const user = userEvent.setup();
  await user.clear(screen.getByLabelText("Email"));
  await user.type(screen.getByLabelText("Email"), email);
  await user.type(screen.getByLabelText("Password"), password);
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("SignInStep", () => {
  beforeEach(() => useSessionStore.getState().signedOut());

  it("asks for email and password to continue to the app", () => {
    renderSignIn();
    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.getByText("to continue to Demo Notes")).toBeInTheDocument();
    expect(screen.getByRole("img", { name: "Demo Notes icon" })).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveAttribute("type", "email");
    expect(screen.getByLabelText("Email")).toHaveAttribute("autocomplete", "username webauthn");
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "password");
    expect(screen.getByLabelText("Password")).toHaveAttribute("autocomplete", "current-password");
  });

  it('links to password recovery as "Forgot password?"', () => {
    renderSignIn();
    expect(screen.getByRole("link", { name: "Forgot password?" })).toHaveAttribute(
      "href",
      "/forgot-password",
    );
  });

  it("prefills the email from login_hint", () => {
    renderSignIn({ login_hint: "bob@example.com" });
    expect(screen.getByLabelText("Email")).toHaveValue("bob@example.com");
  });

  it("signs in with the typed email and password, then moves on", async () => {
    vi.mocked(signIn).mockResolvedValue({ user: { ...alice, portal: null }, portals: alicePortals });
    const { onProgress } = renderSignIn();

    await fillAndSubmit("alice@example.com", "Alice-Pa55!");

    expect(signIn).toHaveBeenCalledExactlyOnceWith({ email: "alice@example.com", password: "Alice-Pa55!" });
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
    expect(useSessionStore.getState().user?.email).toBe("alice@example.com");
    expect(useSessionStore.getState().portals).toEqual(alicePortals);
  });

  it("puts the keyboard in Email, or in Password when login_hint filled the email", () => {
    renderSignIn();
    expect(screen.getByLabelText("Email")).toHaveFocus();
    cleanup();
    renderSignIn({ login_hint: "bob@example.com" });
    expect(screen.getByLabelText("Password")).toHaveFocus();
  });

  it("shows and hides the password with a pressed toggle", async () => {
    renderSignIn();
    const toggle = screen.getByRole("button", { name: "Show password" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(screen.getByLabelText("Password")).toHaveAttribute("type", "text");
  });

  it("shows an alert for wrong credentials, marks both fields invalid and puts the keyboard in Password", async () => {
    vi.mocked(signIn).mockRejectedValue(new ApiError(401, "invalid_credentials"));
    const { onProgress } = renderSignIn();

    await fillAndSubmit("alice@example.com", "wrong");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Incorrect email or password");
    expect(onProgress).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Sign in" })).toBeEnabled();
    for (const label of ["Email", "Password"]) {
      expect(screen.getByLabelText(label)).toHaveAttribute("aria-invalid", "true");
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription("Incorrect email or password");
    }
    expect(screen.getByLabelText("Password")).toHaveFocus();
    expect(screen.getByLabelText("Password")).toHaveValue("");

    await userEvent.type(screen.getByLabelText("Password"), "x");
    expect(screen.getByLabelText("Email")).not.toHaveAttribute("aria-invalid");
  });

  it("tells the person when to try again after too many attempts", async () => {
    vi.mocked(signIn).mockRejectedValue(new ApiError(429, "too_many_requests", undefined, 120));
    renderSignIn();

    await fillAndSubmit("alice@example.com", "wrong");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(/try again in 2 minutes/i);
  });

  it('says "Signing in…" on a busy, disabled button while signing in, and sends one request', async () => {
    const answer = deferred<Awaited<ReturnType<typeof signIn>>>();
    vi.mocked(signIn).mockReturnValue(answer.promise);
    renderSignIn();

    await fillAndSubmit("alice@example.com", "Alice-Pa55!");

    const busy = screen.getByRole("button", { name: "Signing in…" });
    expect(busy).toHaveAttribute("aria-busy", "true");
    expect(busy).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(busy);
    expect(signIn).toHaveBeenCalledOnce();
    answer.resolve({ user: { ...alice, portal: null }, portals: alicePortals });
    await waitFor(() =>
      expect(screen.getByRole("button", { name: "Sign in" })).not.toHaveAttribute("aria-busy"),
    );
  });

  it("with someone signed in, says signing in adds an account, and offers another than the hinted one", async () => {
    vi.mocked(signIn).mockResolvedValue({ user: { ...bob, portal: null }, portals: bobAccount.portals });
    const { onProgress } = renderSignIn({ login_hint: "carol@example.com", accounts: [aliceAccount] });
    expect(
      screen.getByText(/Signed in on this browser: alice@example.com\. Signing in adds an account/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText("Email")).toHaveValue("carol@example.com");

    await userEvent.click(screen.getByRole("button", { name: "Use another account" }));

    expect(screen.getByLabelText("Email")).toHaveValue("");
    expect(screen.queryByRole("button", { name: "Use another account" })).not.toBeInTheDocument();
    await fillAndSubmit("bob@example.com", "Bob-Pa55!");
    expect(signIn).toHaveBeenCalledExactlyOnceWith({ email: "bob@example.com", password: "Bob-Pa55!" });
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
    expect(signOut).not.toHaveBeenCalled();
    expect(signOutAccount).not.toHaveBeenCalled();
  });

  it("offers no other account when nobody is signed in", () => {
    renderSignIn({ login_hint: "carol@example.com" });
    expect(screen.queryByRole("button", { name: "Use another account" })).not.toBeInTheDocument();
    expect(screen.queryByText(/Signed in on this browser/)).not.toBeInTheDocument();
  });
});
