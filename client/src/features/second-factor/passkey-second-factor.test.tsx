import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { getSecondFactorAssertion, isCancelled } from "../../api/passkey-ceremonies.ts";
import { verifySecondFactor } from "../../api/second-factors.ts";
import { signIn } from "../../api/session.ts";
import { useSessionStore } from "../../stores/session.ts";
import { alice, alicePortals, interactionAt, passkeyAssertion } from "../../test-support.ts";
import { SignInStep } from "../interaction/sign-in-step.tsx";

vi.mock("../../api/session.ts");
vi.mock("../../api/second-factors.ts");
vi.mock("../../api/passkey-ceremonies.ts");
vi.mock("@simplewebauthn/browser", () => ({
  browserSupportsWebAuthn: () => true,
  browserSupportsWebAuthnAutofill: async () => false,
  WebAuthnAbortService: { cancelCeremony: () => undefined },
}));

const assertion = passkeyAssertion;
const signedInAlice = { user: { ...alice, portal: null }, portals: alicePortals };

/** The interaction's sign-in, past a right password that answered `methods`. */
async function pastPassword(methods: ("totp" | "recovery_code" | "passkey")[]) {
  vi.mocked(signIn).mockResolvedValue({ second_factor: methods });
  const onProgress = vi.fn(async () => {});
  render(
    <MemoryRouter initialEntries={["/interaction/int_0123456789abcdef"]}>
      <SignInStep interaction={interactionAt("login")} onProgress={onProgress} />
    </MemoryRouter>,
  );
  const user = userEvent.setup();
  await user.type(screen.getByLabelText("Email"), "alice@example.com");
  await user.type(screen.getByLabelText("Password"), "Alice-Pa55!");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
  await screen.findByRole("heading", { level: 1, name: "Two-factor authentication" });
  return { user, onProgress };
}

describe("Use a passkey as the second factor", () => {
  beforeEach(() => {
    useSessionStore.getState().signedOut();
    vi.mocked(isCancelled).mockReturnValue(false);
  });

  it('offers "Use a passkey" beside the code when the account has both, and continues as after a code', async () => {
    vi.mocked(getSecondFactorAssertion).mockResolvedValue(assertion);
    vi.mocked(verifySecondFactor).mockResolvedValue(signedInAlice);
    const { user, onProgress } = await pastPassword(["totp", "recovery_code", "passkey"]);
    expect(screen.getByLabelText("Authentication code")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Use a passkey" }));

    expect(verifySecondFactor).toHaveBeenCalledExactlyOnceWith({ method: "passkey", response: assertion });
    await waitFor(() => expect(onProgress).toHaveBeenCalledExactlyOnceWith(signedInAlice));
    expect(useSessionStore.getState().user?.email).toBe("alice@example.com");
  });

  it("offers the passkey alone when the account has no authenticator app", async () => {
    await pastPassword(["passkey"]);
    expect(screen.getByRole("button", { name: "Use a passkey" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Authentication code")).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Verify" })).not.toBeInTheDocument();
  });

  it("has no passkey button for an account without a passkey", async () => {
    await pastPassword(["totp", "recovery_code"]);
    expect(screen.queryByRole("button", { name: "Use a passkey" })).not.toBeInTheDocument();
  });

  it("shows a refused passkey as an alert and stays on the step", async () => {
    vi.mocked(getSecondFactorAssertion).mockResolvedValue(assertion);
    vi.mocked(verifySecondFactor).mockRejectedValue(new ApiError(401, "invalid_code", undefined, undefined));
    const { user, onProgress } = await pastPassword(["totp", "recovery_code", "passkey"]);
    await user.click(screen.getByRole("button", { name: "Use a passkey" }));
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "That passkey didn't work. Try again, or use a code.",
    );
    expect(onProgress).not.toHaveBeenCalled();
    expect(useSessionStore.getState().user).toBeNull();
  });

  it("says nothing when the person closes the browser's dialog", async () => {
    const closed = new Error("closed");
    vi.mocked(getSecondFactorAssertion).mockRejectedValue(closed);
    vi.mocked(isCancelled).mockImplementation((error) => error === closed);
    const { user } = await pastPassword(["passkey"]);
    await user.click(screen.getByRole("button", { name: "Use a passkey" }));
    await waitFor(() => expect(getSecondFactorAssertion).toHaveBeenCalled());
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(verifySecondFactor).not.toHaveBeenCalled();
  });

  it("asks for the password again once the pending sign-in is gone", async () => {
    vi.mocked(getSecondFactorAssertion).mockRejectedValue(
      new ApiError(401, "unauthenticated", undefined, undefined),
    );
    const { user } = await pastPassword(["passkey"]);
    await user.click(screen.getByRole("button", { name: "Use a passkey" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Your sign-in took too long. Sign in again.");
    await user.click(screen.getByRole("button", { name: "Sign in again" }));
    expect(await screen.findByLabelText("Password")).toBeInTheDocument();
  });
});
