import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { requestPasswordReset } from "../api/password-reset.ts";
import { findPageHeading, pageHeading, renderAt } from "../test-routes.tsx";
import { ForgotPasswordPage } from "./forgot-password.tsx";

vi.mock("../api/password-reset.ts");

function renderPage() {
  return renderAt("/forgot-password", <ForgotPasswordPage />);
}

describe("ForgotPasswordPage", () => {
  it("asks for the email, then gives the same check-your-mail answer whoever it is", async () => {
    vi.mocked(requestPasswordReset).mockResolvedValue();
    const user = renderPage();
    expect(pageHeading("Forgot your password?")).toBeInTheDocument();

    await user.type(screen.getByLabelText("Email"), " Nobody@Example.com ");
    await user.click(screen.getByRole("button", { name: "Send reset link" }));

    expect(requestPasswordReset).toHaveBeenCalledExactlyOnceWith("nobody@example.com");
    const heading = await findPageHeading("Check your mail");
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/If an account uses/)).toHaveTextContent("nobody@example.com");
    expect(screen.getByRole("link", { name: "Back to sign in" })).toHaveAttribute("href", "/account");
  });

  it("refuses an invalid email before sending", async () => {
    const user = renderPage();
    await user.type(screen.getByLabelText("Email"), "nobody");
    await user.click(screen.getByRole("button", { name: "Send reset link" }));
    expect(screen.getByLabelText("Email")).toHaveAccessibleDescription("Enter a valid email");
    expect(requestPasswordReset).not.toHaveBeenCalled();
  });

  it("shows a throttled request (429)", async () => {
    vi.mocked(requestPasswordReset).mockRejectedValue(new ApiError(429, "too_many_requests", undefined, 60));
    const user = renderPage();
    await user.type(screen.getByLabelText("Email"), "alice@example.com");
    await user.click(screen.getByRole("button", { name: "Send reset link" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many requests.");
  });
});
