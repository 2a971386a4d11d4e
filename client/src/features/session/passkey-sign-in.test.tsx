import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { getPasskeyAssertion, isCancelled } from "../../api/passkey-ceremonies.ts";
import { signInWithPasskey } from "../../api/passkeys.ts";
import { useSessionStore } from "../../stores/session.ts";
import { alice, alicePortals, passkeyAssertion } from "../../test-support.ts";
import { PasskeySignIn } from "./passkey-sign-in.tsx";

vi.mock("../../api/passkeys.ts");
vi.mock("../../api/passkey-ceremonies.ts");
const autofill = vi.hoisted(() => ({ supported: false }));
vi.mock("@simplewebauthn/browser", () => ({
  browserSupportsWebAuthn: () => true,
  browserSupportsWebAuthnAutofill: async () => autofill.supported,
  WebAuthnAbortService: { cancelCeremony: () => undefined },
}));

const assertion = passkeyAssertion;
const answer = { user: { ...alice, portal: null }, portals: alicePortals };

describe("PasskeySignIn", () => {
  beforeEach(() => {
    autofill.supported = false;
    useSessionStore.getState().signedOut();
    vi.mocked(isCancelled).mockReturnValue(false);
  });

  it('"Sign in with a passkey" runs the browser ceremony and then goes on as after a password', async () => {
    vi.mocked(getPasskeyAssertion).mockResolvedValue(assertion);
    vi.mocked(signInWithPasskey).mockResolvedValue(answer);
    const onSignedIn = vi.fn(async () => {});
    render(<PasskeySignIn onSignedIn={onSignedIn} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign in with a passkey" }));
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(answer));
    expect(getPasskeyAssertion).toHaveBeenCalledWith(false);
    expect(signInWithPasskey).toHaveBeenCalledWith(assertion);
  });

  it("says so when the passkey could not sign in", async () => {
    vi.mocked(getPasskeyAssertion).mockResolvedValue(assertion);
    vi.mocked(signInWithPasskey).mockRejectedValue(
      new ApiError(401, "invalid_credentials", undefined, undefined),
    );
    const onSignedIn = vi.fn(async () => {});
    render(<PasskeySignIn onSignedIn={onSignedIn} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign in with a passkey" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("That passkey could not sign you in.");
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it("shows nothing when the person closes the browser's dialog", async () => {
    const cancelled = new Error("closed");
    vi.mocked(getPasskeyAssertion).mockRejectedValue(cancelled);
    vi.mocked(isCancelled).mockImplementation((error) => error === cancelled);
    render(<PasskeySignIn onSignedIn={vi.fn(async () => {})} />);
    await userEvent.setup().click(screen.getByRole("button", { name: "Sign in with a passkey" }));
    await waitFor(() => expect(getPasskeyAssertion).toHaveBeenCalled());
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(signInWithPasskey).not.toHaveBeenCalled();
  });

  it("offers passkeys in the email field's autofill where the browser can", async () => {
    autofill.supported = true;
    vi.mocked(getPasskeyAssertion).mockResolvedValue(assertion);
    vi.mocked(signInWithPasskey).mockResolvedValue(answer);
    const onSignedIn = vi.fn(async () => {});
    render(<PasskeySignIn onSignedIn={onSignedIn} />);
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(answer));
    expect(getPasskeyAssertion).toHaveBeenCalledWith(true);
  });
});
