import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import * as secondFactors from "../../api/second-factors.ts";
import { TwoFactorSection } from "./two-factor-section.tsx";

vi.mock("../../api/second-factors.ts");
const api = vi.mocked(secondFactors);

const SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const enrollment = {
  secret: SECRET,
  otpauth_uri: `otpauth://totp/Gatehouse:alice%40example.com?secret=${SECRET}&issuer=Gatehouse&algorithm=SHA1&digits=6&period=30`,
};
const codes = Array.from({ length: 10 }, (_, index) => `qwert${index}-yuiop${index}`);
const on = { totp: { created_at: "2026-11-28T10:00:00.000Z" }, recovery_codes_remaining: 7 };

function renderSection() {
  render(<TwoFactorSection />);
  return {
    user: userEvent.setup(),
    region: screen.getByRole("region", { name: "Two-factor authentication" }),
  };
}

describe("TwoFactorSection", () => {
  beforeEach(() => {
    api.getSecondFactors.mockResolvedValue({ totp: null, recovery_codes_remaining: 0 });
  });

  it("sets up an authenticator app: QR code, key, first code, then the 10 recovery codes once", async () => {
    api.startTotp.mockResolvedValue(enrollment);
    api.confirmTotp.mockResolvedValue({ recovery_codes: codes });
    const { user, region } = renderSection();

    await user.click(await within(region).findByRole("button", { name: "Set up authenticator app" }));
    expect(api.startTotp).toHaveBeenCalledOnce();
    const heading = await within(region).findByRole("heading", { name: "Set up your authenticator app" });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(
      await within(region).findByRole("img", { name: "QR code for your authenticator app" }),
    ).toBeVisible();
    expect(within(region).getByText("Can't scan? Enter this key")).toBeInTheDocument();
    expect(within(region).getByText(SECRET)).toBeInTheDocument();

    await user.type(within(region).getByLabelText("Authentication code"), "123456");
    await user.click(within(region).getByRole("button", { name: "Confirm" }));

    expect(api.confirmTotp).toHaveBeenCalledExactlyOnceWith({ code: "123456" });
    const list = await within(region).findByRole("list", { name: "Recovery codes" });
    expect(
      within(list)
        .getAllByRole("listitem")
        .map((item) => item.textContent),
    ).toEqual(codes);
    expect(within(region).getByRole("button", { name: "Copy" })).toBeInTheDocument();

    await user.click(within(region).getByRole("button", { name: "Done" }));
    expect(within(region).queryByRole("list", { name: "Recovery codes" })).not.toBeInTheDocument();
    expect(within(region).getByRole("status")).toHaveTextContent("Two-factor authentication is on.");
    expect(region).toHaveTextContent("10 recovery codes left");
    expect(within(region).getByRole("button", { name: "Remove" })).toBeInTheDocument();
  });

  it('says "That code didn\'t work" for a wrong first code and keeps the key on screen', async () => {
    api.startTotp.mockResolvedValue(enrollment);
    api.confirmTotp.mockRejectedValue(new ApiError(401, "invalid_code"));
    const { user, region } = renderSection();

    await user.click(await within(region).findByRole("button", { name: "Set up authenticator app" }));
    await user.type(await within(region).findByLabelText("Authentication code"), "000000");
    await user.click(within(region).getByRole("button", { name: "Confirm" }));

    expect(await within(region).findByRole("alert")).toHaveTextContent("That code didn't work");
    expect(within(region).getByLabelText("Authentication code")).toHaveAttribute("aria-invalid", "true");
    expect(within(region).getByText(SECRET)).toBeInTheDocument();
  });

  it("copies the codes and downloads them as a text file made in the browser", async () => {
    api.startTotp.mockResolvedValue(enrollment);
    api.confirmTotp.mockResolvedValue({ recovery_codes: codes });
    const { user, region } = renderSection();
    const writeText = vi.spyOn(navigator.clipboard, "writeText").mockResolvedValue();
    const blobs: Blob[] = [];
    vi.stubGlobal("URL", {
      ...URL,
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return "blob:codes";
      }),
      revokeObjectURL: vi.fn(),
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});

    await user.click(await within(region).findByRole("button", { name: "Set up authenticator app" }));
    await user.type(await within(region).findByLabelText("Authentication code"), "123456");
    await user.click(within(region).getByRole("button", { name: "Confirm" }));
    await user.click(await within(region).findByRole("button", { name: "Copy" }));
    await user.click(within(region).getByRole("button", { name: "Download" }));

    expect(writeText).toHaveBeenCalledExactlyOnceWith(codes.join("\n"));
    expect(await within(region).findByText("Copied")).toBeInTheDocument();
    expect(click).toHaveBeenCalledOnce();
    expect(click.mock.contexts[0]).toHaveProperty("download", "gatehouse-recovery-codes.txt");
    expect(blobs).toHaveLength(1);
    const text = await blobs[0]?.text();
    for (const code of codes) expect(text).toContain(code);
  });

  it("shows since when the app is on and how many recovery codes are left", async () => {
    api.getSecondFactors.mockResolvedValue(on);
    const { region } = renderSection();

    expect(await within(region).findByText(/on since/)).toBeInTheDocument();
    expect(region.querySelector("time")).toHaveAttribute("datetime", "2026-11-28T10:00:00.000Z");
    expect(region).toHaveTextContent("7 recovery codes left");
    expect(within(region).getByRole("button", { name: "New recovery codes" })).toBeInTheDocument();
    expect(
      within(region).queryByRole("button", { name: "Set up authenticator app" }),
    ).not.toBeInTheDocument();
  });

  it("makes new recovery codes after the password is typed again, and says when it is wrong", async () => {
    api.getSecondFactors.mockResolvedValue(on);
    api.renewRecoveryCodes.mockRejectedValueOnce(new ApiError(401, "invalid_credentials"));
    api.renewRecoveryCodes.mockResolvedValueOnce({ recovery_codes: codes });
    const { user, region } = renderSection();

    await user.click(await within(region).findByRole("button", { name: "New recovery codes" }));
    const dialog = screen.getByRole("dialog", { name: "New recovery codes" });
    await user.type(within(dialog).getByLabelText("Password"), "wrong");
    await user.click(within(dialog).getByRole("button", { name: "Make new codes" }));
    const password = within(dialog).getByLabelText("Password");
    await waitFor(() => expect(password).toHaveAccessibleDescription("Your password is not correct"));
    expect(password).toHaveFocus();

    await user.type(password, "Alice-Pa55!");
    await user.click(within(dialog).getByRole("button", { name: "Make new codes" }));

    expect(api.renewRecoveryCodes).toHaveBeenLastCalledWith({ current_password: "Alice-Pa55!" });
    expect(await within(region).findByRole("list", { name: "Recovery codes" })).toBeInTheDocument();
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    await user.click(within(region).getByRole("button", { name: "Done" }));
    expect(region).toHaveTextContent("10 recovery codes left");
  });

  it("removes the app after the password is typed again", async () => {
    api.getSecondFactors.mockResolvedValue(on);
    api.removeTotp.mockResolvedValue();
    const { user, region } = renderSection();

    await user.click(await within(region).findByRole("button", { name: "Remove" }));
    const dialog = screen.getByRole("dialog", { name: "Remove authenticator app" });
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));
    expect(within(dialog).getByLabelText("Password")).toHaveAccessibleDescription("Enter your password");
    expect(api.removeTotp).not.toHaveBeenCalled();

    await user.type(within(dialog).getByLabelText("Password"), "Alice-Pa55!");
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));

    expect(api.removeTotp).toHaveBeenCalledExactlyOnceWith({ current_password: "Alice-Pa55!" });
    expect(
      await within(region).findByRole("button", { name: "Set up authenticator app" }),
    ).toBeInTheDocument();
    expect(within(region).getByRole("status")).toHaveTextContent("Two-factor authentication is off.");
  });

  it("shows a throttled password (429) in the dialog", async () => {
    api.getSecondFactors.mockResolvedValue(on);
    api.removeTotp.mockRejectedValue(new ApiError(429, "too_many_requests", undefined, 30));
    const { user, region } = renderSection();

    await user.click(await within(region).findByRole("button", { name: "Remove" }));
    const dialog = screen.getByRole("dialog", { name: "Remove authenticator app" });
    await user.type(within(dialog).getByLabelText("Password"), "Alice-Pa55!");
    await user.click(within(dialog).getByRole("button", { name: "Remove" }));

    expect(await within(dialog).findByRole("alert")).toHaveTextContent("Try again in 30 seconds.");
  });

  it("reloads the state when an app was set up meanwhile (409 conflict)", async () => {
    api.getSecondFactors.mockResolvedValueOnce({ totp: null, recovery_codes_remaining: 0 });
    api.getSecondFactors.mockResolvedValueOnce(on);
    api.startTotp.mockRejectedValue(new ApiError(409, "conflict"));
    const { user, region } = renderSection();

    await user.click(await within(region).findByRole("button", { name: "Set up authenticator app" }));

    expect(await within(region).findByRole("alert")).toHaveTextContent(
      "An authenticator app was set up meanwhile",
    );
    expect(await within(region).findByText(/on since/)).toBeInTheDocument();
  });

  it("offers to try again when the state cannot be loaded", async () => {
    api.getSecondFactors.mockRejectedValueOnce(new ApiError(503, "temporarily_unavailable"));
    const { user, region } = renderSection();

    expect(await within(region).findByRole("alert")).toHaveTextContent(
      "Your second factors could not be loaded.",
    );
    await user.click(within(region).getByRole("button", { name: "Try again" }));
    expect(
      await within(region).findByRole("button", { name: "Set up authenticator app" }),
    ).toBeInTheDocument();
  });
});
