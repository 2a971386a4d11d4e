import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { choosePortal } from "../../api/session.ts";
import { alice, interactionAt } from "../../test-support.ts";
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
