import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { confirmPasswordReset } from "../api/password-reset.ts";
import { findPageHeading, pageHeading, renderAt, retype } from "../test-routes.tsx";
import { strongPassword } from "../test-support.ts";
import { ResetPasswordPage } from "./reset-password.tsx";

vi.mock("../api/password-reset.ts");

const TOKEN = "cmVzZXQtdG9rZW4tZm9yLXRlc3Rz";

function renderPage(address = `/reset-password#${TOKEN}`) {
  return renderAt(address, <ResetPasswordPage />, { probe: true });
}

describe("ResetPasswordPage", () => {
  it("takes the token off the address, says why a password would be refused, then sets it with the token in the body", async () => {
    vi.mocked(confirmPasswordReset).mockResolvedValue();
    const user = renderPage();
    await waitFor(() => expect(screen.getByLabelText("Address")).toHaveTextContent(/^\/reset-password$/));

    const field = screen.getByLabelText("New password");
    await user.type(field, "123456789");
    expect(field).toHaveAccessibleDescription(/Use at least 10 characters/);
    await user.click(screen.getByRole("button", { name: "Set new password" }));
    expect(confirmPasswordReset).not.toHaveBeenCalled();

    await retype(user, field, strongPassword);
    await user.click(screen.getByRole("button", { name: "Set new password" }));

    expect(confirmPasswordReset).toHaveBeenCalledExactlyOnceWith({
      token: TOKEN,
      new_password: strongPassword,
    });
    expect(await findPageHeading("Your password was changed")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Sign in" })).toHaveAttribute("href", "/account");
  });

  it("shows the server's refusal (400 weak_password) beside the field", async () => {
    vi.mocked(confirmPasswordReset).mockRejectedValue(
      new ApiError(400, "weak_password", "The password must not contain your email address"),
    );
    const user = renderPage();
    await user.type(screen.getByLabelText("New password"), strongPassword);
    await user.click(screen.getByRole("button", { name: "Set new password" }));
    await waitFor(() =>
      expect(screen.getByLabelText("New password")).toHaveAccessibleDescription(
        /must not contain your email address/,
      ),
    );
  });

  it("says a used or expired link no longer works (410) and offers a new one", async () => {
    vi.mocked(confirmPasswordReset).mockRejectedValue(new ApiError(410, "expired"));
    const user = renderPage();
    await user.type(screen.getByLabelText("New password"), strongPassword);
    await user.click(screen.getByRole("button", { name: "Set new password" }));

    expect(await findPageHeading("This reset link no longer works")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute(
      "href",
      "/forgot-password",
    );
  });

  it("shows a throttled attempt (429)", async () => {
    vi.mocked(confirmPasswordReset).mockRejectedValue(new ApiError(429, "too_many_requests"));
    const user = renderPage();
    await user.type(screen.getByLabelText("New password"), strongPassword);
    await user.click(screen.getByRole("button", { name: "Set new password" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many attempts.");
  });

  it("says the link is incomplete without a token", () => {
    renderPage("/reset-password");
    expect(pageHeading("This reset link is incomplete")).toBeInTheDocument();
  });
});
