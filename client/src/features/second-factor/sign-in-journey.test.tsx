import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import {
  confirmRequiredTotp,
  pendingSecondFactor,
  startRequiredTotp,
  verifySecondFactor,
} from "../../api/second-factors.ts";
import { signIn } from "../../api/session.ts";
import { useSessionStore } from "../../stores/session.ts";
import { alice, alicePortals, interactionAt } from "../../test-support.ts";
import { SignInStep } from "../interaction/sign-in-step.tsx";

vi.mock("../../api/session.ts");
vi.mock("../../api/second-factors.ts");

const signedInAlice = { user: { ...alice, portal: null }, portals: alicePortals };
const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const enrollment = {
  secret: SECRET,
  otpauth_uri: `otpauth://totp/Gatehouse:alice%40example.com?secret=${SECRET}&issuer=Gatehouse&algorithm=SHA1&digits=6&period=30`,
};
const recoveryCodes = Array.from({ length: 10 }, (_, index) => `abcd${index}-efgh${index}`);

function renderStep({ resumed }: { resumed?: boolean } = {}) {
  const onProgress = vi.fn(async () => {});
  render(
    <MemoryRouter initialEntries={["/interaction/int_0123456789abcdef"]}>
      <SignInStep interaction={interactionAt("login")} resumed={resumed} onProgress={onProgress} />
    </MemoryRouter>,
  );
  return { onProgress, user: userEvent.setup() };
}

async function givePassword(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText("Email"), "alice@example.com");
  await user.type(screen.getByLabelText("Password"), "Alice-Pa55!");
  await user.click(screen.getByRole("button", { name: "Sign in" }));
}

async function secondFactorStep(user: ReturnType<typeof userEvent.setup>) {
  vi.mocked(signIn).mockResolvedValue({ second_factor: ["totp", "recovery_code"] });
  await givePassword(user);
  const heading = await screen.findByRole("heading", { level: 1, name: "Two-factor authentication" });
  await waitFor(() => expect(heading).toHaveFocus());
}

describe("Sign-in with a second factor", () => {
  beforeEach(() => useSessionStore.getState().signedOut());

  it("asks for the authentication code after a right password, focusing the new heading, with no session yet", async () => {
    const { user, onProgress } = renderStep();
    await secondFactorStep(user);

    expect(screen.getByText("to continue to Demo Notes")).toBeInTheDocument();
    const code = screen.getByLabelText("Authentication code");
    expect(code).toHaveAttribute("autocomplete", "one-time-code");
    expect(code).toHaveAttribute("inputmode", "numeric");
    expect(screen.getByRole("button", { name: "Verify" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Use a recovery code" })).toBeInTheDocument();
    expect(screen.queryByLabelText("Password")).not.toBeInTheDocument();
    expect(onProgress).not.toHaveBeenCalled();
    expect(useSessionStore.getState().user).toBeNull();
  });

  it("verifies the code, then continues exactly as after a password", async () => {
    vi.mocked(verifySecondFactor).mockResolvedValue(signedInAlice);
    const { user, onProgress } = renderStep();
    await secondFactorStep(user);

    await user.type(screen.getByLabelText("Authentication code"), "123 456");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    expect(verifySecondFactor).toHaveBeenCalledExactlyOnceWith({ method: "totp", code: "123456" });
    await waitFor(() => expect(onProgress).toHaveBeenCalledExactlyOnceWith(signedInAlice));
    expect(useSessionStore.getState().user?.email).toBe("alice@example.com");
  });

  it("refuses a code that is not six digits before sending it", async () => {
    const { user } = renderStep();
    await secondFactorStep(user);

    await user.type(screen.getByLabelText("Authentication code"), "12345");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    const code = screen.getByLabelText("Authentication code");
    expect(code).toHaveAttribute("aria-invalid", "true");
    expect(code).toHaveAccessibleDescription(/Enter the 6-digit code from your app/);
    expect(code).toHaveFocus();
    expect(verifySecondFactor).not.toHaveBeenCalled();
  });

  it('says "That code didn\'t work" for a wrong code (401 invalid_code) and marks the field invalid', async () => {
    vi.mocked(verifySecondFactor).mockRejectedValue(new ApiError(401, "invalid_code"));
    const { user, onProgress } = renderStep();
    await secondFactorStep(user);

    await user.type(screen.getByLabelText("Authentication code"), "000000");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("That code didn't work");
    const code = screen.getByLabelText("Authentication code");
    expect(code).toHaveAttribute("aria-invalid", "true");
    expect(code).toHaveValue("");
    expect(code).toHaveFocus();
    expect(onProgress).not.toHaveBeenCalled();
  });

  it("tells the person when to try again after too many codes (429), as the password form does", async () => {
    vi.mocked(verifySecondFactor).mockRejectedValue(new ApiError(429, "too_many_requests", undefined, 120));
    const { user } = renderStep();
    await secondFactorStep(user);

    await user.type(screen.getByLabelText("Authentication code"), "000000");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Too many sign-in attempts. Try again in 2 minutes.",
    );
  });

  it('switches to "Recovery code" and back with "Use an authentication code"', async () => {
    vi.mocked(verifySecondFactor).mockResolvedValue(signedInAlice);
    const { user, onProgress } = renderStep();
    await secondFactorStep(user);

    await user.click(screen.getByRole("link", { name: "Use a recovery code" }));
    expect(screen.queryByLabelText("Authentication code")).not.toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "Use an authentication code" }));
    expect(screen.getByLabelText("Authentication code")).toBeInTheDocument();

    await user.click(screen.getByRole("link", { name: "Use a recovery code" }));
    await user.type(screen.getByLabelText("Recovery code"), "ABCDE-12345");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    expect(verifySecondFactor).toHaveBeenCalledExactlyOnceWith({
      method: "recovery_code",
      code: "abcde12345",
    });
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
  });

  it("asks for the password again when the pending sign-in has ended (401 unauthenticated)", async () => {
    vi.mocked(verifySecondFactor).mockRejectedValue(new ApiError(401, "unauthenticated"));
    const { user } = renderStep();
    await secondFactorStep(user);

    await user.type(screen.getByLabelText("Authentication code"), "123456");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("Your sign-in took too long. Sign in again.");
    await user.click(screen.getByRole("button", { name: "Sign in again" }));
    await screen.findByRole("heading", { level: 1, name: "Sign in" });
    // The form starts afresh with the keyboard in its first field, as on a first visit.
    await waitFor(() => expect(screen.getByLabelText("Email")).toHaveFocus());
    expect(screen.getByLabelText("Password")).toBeInTheDocument();
  });

  it("asks the server what the pending sign-in waits for when the interaction is at step second_factor (a reload)", async () => {
    vi.mocked(pendingSecondFactor).mockResolvedValue({ second_factor: ["totp", "recovery_code"] });
    vi.mocked(verifySecondFactor).mockResolvedValue(signedInAlice);
    const { user, onProgress } = renderStep({ resumed: true });

    expect(
      await screen.findByRole("heading", { level: 1, name: "Two-factor authentication" }),
    ).toBeInTheDocument();
    expect(pendingSecondFactor).toHaveBeenCalledOnce();
    expect(screen.queryByLabelText("Password")).not.toBeInTheDocument();
    await user.type(screen.getByLabelText("Authentication code"), "654321");
    await user.click(screen.getByRole("button", { name: "Verify" }));

    expect(signIn).not.toHaveBeenCalled();
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
  });
});

describe("A sign-in reloaded at step second_factor", () => {
  beforeEach(() => useSessionStore.getState().signedOut());

  it("comes back to the required set-up, not the code, when the pending sign-in waits for one", async () => {
    vi.mocked(pendingSecondFactor).mockResolvedValue({ second_factor_setup: true });
    vi.mocked(startRequiredTotp).mockResolvedValue(enrollment);
    renderStep({ resumed: true });
    expect(
      await screen.findByRole("heading", { level: 1, name: "Set up two-factor authentication" }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole("img", { name: "QR code for your authenticator app" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Verify" })).not.toBeInTheDocument();
  });

  it("asks for the password again when no sign-in waits any more", async () => {
    vi.mocked(pendingSecondFactor).mockRejectedValue(
      new ApiError(401, "unauthenticated", undefined, undefined),
    );
    renderStep({ resumed: true });
    expect(await screen.findByLabelText("Password")).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
  });
});

describe("Sign-in where the portal requires a second factor", () => {
  beforeEach(() => {
    useSessionStore.getState().signedOut();
    vi.mocked(signIn).mockResolvedValue({ second_factor_setup: true });
    vi.mocked(startRequiredTotp).mockResolvedValue(enrollment);
  });

  it("explains the requirement and shows the QR code, the key and the code field", async () => {
    const { user } = renderStep();
    await givePassword(user);

    const heading = await screen.findByRole("heading", {
      level: 1,
      name: "Set up two-factor authentication",
    });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      screen.getByText(/Your portal requires two-factor authentication for everyone/),
    ).toBeInTheDocument();
    const qr = await screen.findByRole("img", { name: "QR code for your authenticator app" });
    expect(qr.getAttribute("src")).toMatch(/^data:image\/svg\+xml/);
    expect(screen.getByText("Can't scan? Enter this key")).toBeInTheDocument();
    expect(screen.getByText(SECRET)).toBeInTheDocument();
    expect(screen.getByLabelText("Authentication code")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Confirm" })).toBeInTheDocument();
    expect(startRequiredTotp).toHaveBeenCalledOnce();
  });

  it("confirms the first code, shows the 10 recovery codes once, and continues only on Done", async () => {
    vi.mocked(confirmRequiredTotp).mockResolvedValue({ ...signedInAlice, recovery_codes: recoveryCodes });
    const { user, onProgress } = renderStep();
    await givePassword(user);

    await user.type(await screen.findByLabelText("Authentication code"), "123456");
    await user.click(screen.getByRole("button", { name: "Confirm" }));

    expect(confirmRequiredTotp).toHaveBeenCalledExactlyOnceWith({ code: "123456" });
    const heading = await screen.findByRole("heading", { level: 1, name: "Save your recovery codes" });
    await waitFor(() => expect(heading).toHaveFocus());
    const codes = within(screen.getByRole("list", { name: "Recovery codes" })).getAllByRole("listitem");
    expect(codes.map((item) => item.textContent)).toEqual(recoveryCodes);
    expect(screen.getByRole("button", { name: "Copy" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Download" })).toBeInTheDocument();
    expect(onProgress).not.toHaveBeenCalled();
    expect(useSessionStore.getState().user).toBeNull();

    await user.click(screen.getByRole("button", { name: "Done" }));
    await waitFor(() => expect(onProgress).toHaveBeenCalledExactlyOnceWith(signedInAlice));
    expect(useSessionStore.getState().user?.email).toBe("alice@example.com");
  });

  it('says "That code didn\'t work" when the first code is wrong', async () => {
    vi.mocked(confirmRequiredTotp).mockRejectedValue(new ApiError(401, "invalid_code"));
    const { user } = renderStep();
    await givePassword(user);

    await user.type(await screen.findByLabelText("Authentication code"), "000000");
    await user.click(screen.getByRole("button", { name: "Confirm" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("That code didn't work");
    expect(screen.getByLabelText("Authentication code")).toHaveAttribute("aria-invalid", "true");
  });

  it("offers to try again when the key cannot be prepared", async () => {
    vi.mocked(startRequiredTotp).mockRejectedValueOnce(new ApiError(503, "temporarily_unavailable"));
    const { user } = renderStep();
    await givePassword(user);

    expect(await screen.findByRole("alert")).toHaveTextContent("Your key could not be prepared.");
    await user.click(screen.getByRole("button", { name: "Try again" }));
    expect(
      await screen.findByRole("img", { name: "QR code for your authenticator app" }),
    ).toBeInTheDocument();
  });
});
