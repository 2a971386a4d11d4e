import { en, type Interaction } from "@gatehouse/shared";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../api/http.ts";
import { getInteraction } from "../api/interactions.ts";
import { choosePortal, signIn, signOut } from "../api/session.ts";
import { renderRoutes } from "../test-routes.tsx";
import { alice, alicePortals, deferred, interactionAt, stubLocationAssign } from "../test-support.ts";
import { InteractionPage } from "./interaction.tsx";

vi.mock("../api/interactions.ts");
vi.mock("../api/session.ts");

const ID = "int_0123456789abcdef";

function renderInteraction() {
  renderRoutes(`/interaction/${ID}`, { "/interaction/:id": <InteractionPage /> });
}

/** Answers each call to getInteraction with the next step of the journey. */
function journey(...steps: Interaction[]) {
  for (const step of steps) vi.mocked(getInteraction).mockResolvedValueOnce(step);
}

describe("InteractionPage", () => {
  it("shows a loading status, then the step the server answered", async () => {
    const answer = deferred<Interaction>();
    vi.mocked(getInteraction).mockReturnValue(answer.promise);
    renderInteraction();

    expect(screen.getByRole("status")).toHaveTextContent("Loading…");
    expect(getInteraction).toHaveBeenCalledWith(ID);

    answer.resolve(interactionAt("login"));
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(screen.queryByRole("status")).not.toBeInTheDocument();
  });

  it("shows the portal chooser at step portal", async () => {
    journey(interactionAt("portal"));
    renderInteraction();
    expect(await screen.findByRole("heading", { level: 1, name: "Choose portal" })).toBeInTheDocument();
  });

  it("shows the consent page at step consent", async () => {
    journey(interactionAt("consent"));
    renderInteraction();
    expect(await screen.findByRole("button", { name: "Allow" })).toBeInTheDocument();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Demo Notes");
  });

  it("follows redirect_to when the interaction is done", async () => {
    const assign = stubLocationAssign();
    const redirectTo = "http://localhost:5175/callback?code=abc&state=xyz&iss=http%3A%2F%2Flocalhost%3A3000";
    journey(interactionAt("done", { redirect_to: redirectTo }));
    renderInteraction();

    await waitFor(() => expect(assign).toHaveBeenCalledExactlyOnceWith(redirectTo));
    expect(screen.getByRole("status")).toBeInTheDocument();
  });

  it("shows the error page with the server's code for an unknown interaction", async () => {
    vi.mocked(getInteraction).mockRejectedValue(new ApiError(404, "not_found", "unknown interaction"));
    renderInteraction();

    expect(await screen.findByRole("heading", { level: 1, name: "Error" })).toBeInTheDocument();
    expect(screen.getByText("not_found")).toBeInTheDocument();
    const links = screen.queryAllByRole("link");
    expect(links.map((link) => link.getAttribute("href"))).toEqual(["/"]);
  });

  it("says the expired-request sentence once, and never the server's developer description", async () => {
    vi.mocked(getInteraction).mockRejectedValue(new ApiError(410, "expired", "interaction expired"));
    renderInteraction();

    await screen.findByRole("heading", { level: 1, name: "Error" });
    const card = document.body.textContent ?? "";
    expect(card.split(en["error.expiredRequest"])).toHaveLength(2);
    expect(card).not.toContain("interaction expired");
    expect(screen.getByRole("link", { name: "Go to the Gatehouse home page" })).toHaveAttribute("href", "/");
  });

  it("shows the catalogue's sentence, not the server's lowercase description, for any other failure", async () => {
    vi.mocked(getInteraction).mockRejectedValue(
      new ApiError(400, "invalid_client", "the application is unknown or disabled"),
    );
    renderInteraction();

    await screen.findByRole("heading", { level: 1, name: "Error" });
    expect(screen.getByText(en["error.invalid_client"])).toBeInTheDocument();
    expect(screen.queryByText(/unknown or disabled/)).not.toBeInTheDocument();
  });

  it("walks from sign-in through the portal chooser to consent, asking the server after each step", async () => {
    const user = userEvent.setup();
    journey(
      interactionAt("login"),
      interactionAt("portal", { user: { ...alice, portal: null } }),
      interactionAt("consent"),
    );
    vi.mocked(signIn).mockResolvedValue({ user: { ...alice, portal: null }, portals: alicePortals });
    vi.mocked(choosePortal).mockResolvedValue(alice);
    renderInteraction();

    await user.type(await screen.findByLabelText("Email"), "alice@example.com");
    await user.type(screen.getByLabelText("Password"), "Alice-Pa55!");
    await user.click(screen.getByRole("button", { name: "Sign in" }));

    await user.click(await screen.findByRole("button", { name: "Acme" }));
    // Chosen for this interaction: the server refuses a portal where its app may not be used (N74).
    expect(choosePortal).toHaveBeenCalledWith({ portal_id: "acme", interaction_id: ID });

    expect(await screen.findByRole("button", { name: "Allow" })).toBeInTheDocument();
    expect(getInteraction).toHaveBeenCalledTimes(3);
    // Focus follows the new step, so a keyboard user starts at its heading.
    expect(screen.getByRole("heading", { level: 1 })).toHaveFocus();
  });

  it("shows sign-in again after Change profile", async () => {
    journey(interactionAt("consent"), interactionAt("login"));
    vi.mocked(signOut).mockResolvedValue();
    renderInteraction();

    await userEvent.click(await screen.findByRole("button", { name: "Change profile" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeInTheDocument();
    expect(signOut).toHaveBeenCalledOnce();
  });
});
