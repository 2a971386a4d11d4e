import { screen, waitFor } from "@testing-library/react";
import type userEvent from "@testing-library/user-event";
import { Route, Routes } from "react-router-dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { lookupSetup, runSetup } from "../api/setup.ts";
import { useSessionStore } from "../stores/session.ts";
import { findPageHeading, pageHeading, renderAt, retype } from "../test-routes.tsx";
import { strongPassword } from "../test-support.ts";
import { SetupPage } from "./setup.tsx";

vi.mock("../api/setup.ts");

const TOKEN = "c2V0dXAtdG9rZW4tZm9yLXRlc3Rz";

function renderPage(address = `/setup#${TOKEN}`) {
  return renderAt(
    address,
    <Routes>
      <Route path="/setup" element={<SetupPage />} />
      <Route path="/people" element={<h1>People page</h1>} />
    </Routes>,
    { probe: true },
  );
}

async function fill(user: ReturnType<typeof userEvent.setup>, password: string) {
  await user.type(await screen.findByLabelText("Portal name"), "Initech");
  await user.type(screen.getByLabelText("Email"), "peter@initech.example");
  await user.type(screen.getByLabelText("Name"), "Peter Gibbons");
  await user.type(screen.getByLabelText("Password"), password);
}

describe("SetupPage", () => {
  beforeEach(() => {
    useSessionStore.getState().signedOut();
    vi.mocked(lookupSetup).mockResolvedValue();
  });

  it("takes the token off the address at once and checks it from the body", async () => {
    renderPage();
    expect(await findPageHeading("Set up Gatehouse")).toBeInTheDocument();
    expect(lookupSetup).toHaveBeenCalledExactlyOnceWith(TOKEN);
    await waitFor(() => expect(screen.getByLabelText("Address")).toHaveTextContent(/^\/setup$/));
  });

  it("says a used or expired link no longer works before anyone types (410)", async () => {
    vi.mocked(lookupSetup).mockRejectedValue(new ApiError(410, "expired"));
    renderPage();
    expect(await findPageHeading("This setup link no longer works")).toBeInTheDocument();
    expect(screen.queryByLabelText("Portal name")).not.toBeInTheDocument();
  });

  it("says why the password would be refused before sending, then sets up, signs in and lands on People", async () => {
    vi.mocked(runSetup).mockResolvedValue({
      user: {
        email: "peter@initech.example",
        display_name: "Peter Gibbons",
        portal: { id: "initech", name: "Initech" },
        role: "owner",
      },
      portals: [{ id: "initech", name: "Initech" }],
    });
    const user = renderPage();
    await fill(user, "peter-gibbons-1");
    expect(screen.getByLabelText("Password")).toHaveAccessibleDescription(
      /The password must not contain your email address/,
    );
    await user.click(screen.getByRole("button", { name: "Set up Gatehouse" }));
    expect(runSetup).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Password")).toHaveFocus();

    await retype(user, screen.getByLabelText("Password"), strongPassword);
    await user.click(screen.getByRole("button", { name: "Set up Gatehouse" }));

    expect(runSetup).toHaveBeenCalledExactlyOnceWith({
      token: TOKEN,
      portal_name: "Initech",
      email: "peter@initech.example",
      display_name: "Peter Gibbons",
      password: strongPassword,
    });
    expect(await findPageHeading("People page")).toBeInTheDocument();
    expect(useSessionStore.getState().user?.role).toBe("owner");
  });

  it("marks every empty field on submit", async () => {
    const user = renderPage();
    await user.click(await screen.findByRole("button", { name: "Set up Gatehouse" }));
    expect(screen.getByLabelText("Portal name")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Portal name")).toHaveFocus();
    expect(screen.getByLabelText("Email")).toHaveAccessibleDescription(/Enter a valid email/);
    expect(screen.getByLabelText("Name")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Password")).toHaveAttribute("aria-invalid", "true");
    expect(runSetup).not.toHaveBeenCalled();
  });

  it("says the link no longer works when the server answers 410", async () => {
    vi.mocked(runSetup).mockRejectedValue(new ApiError(410, "expired"));
    const user = renderPage();
    await fill(user, strongPassword);
    await user.click(screen.getByRole("button", { name: "Set up Gatehouse" }));

    const heading = await findPageHeading("This setup link no longer works");
    await waitFor(() => expect(heading).toHaveFocus());
  });

  it("shows a throttled attempt (429)", async () => {
    vi.mocked(runSetup).mockRejectedValue(new ApiError(429, "too_many_requests", undefined, 60));
    const user = renderPage();
    await fill(user, strongPassword);
    await user.click(screen.getByRole("button", { name: "Set up Gatehouse" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Too many attempts.");
  });

  it("says the link is incomplete when it carries no token", () => {
    renderPage("/setup");
    expect(pageHeading("This setup link is incomplete")).toBeInTheDocument();
    expect(screen.queryByRole("textbox")).not.toBeInTheDocument();
  });
});
