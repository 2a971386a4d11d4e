import type { ScopeLine } from "@gatehouse/shared";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { ApiError } from "../../api/http.ts";
import { chooseAccountAgain, decideConsent } from "../../api/interactions.ts";
import { signOut } from "../../api/session.ts";
import {
  aliceAccount,
  bobAccount,
  deferred,
  demoNotes,
  demoScopes,
  interactionAt,
  stubLocationAssign,
} from "../../test-support.ts";
import { ConsentStep } from "./consent-step.tsx";

vi.mock("../../api/interactions.ts");
vi.mock("../../api/session.ts");

const REDIRECT = "http://localhost:5175/callback?code=abc&state=xyz&iss=http%3A%2F%2Flocalhost%3A3000";

function renderConsent(scopes: ScopeLine[] = demoScopes) {
  const onProgress = vi.fn(async () => {});
  render(<ConsentStep interaction={interactionAt("consent", { scopes })} onProgress={onProgress} />);
  return { onProgress };
}

describe("ConsentStep", () => {
  it("names the app and shows its icon", () => {
    renderConsent();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent("Demo Notes");
    const icon = screen.getByRole("img", { name: "Demo Notes icon" });
    expect(icon).toHaveAttribute("src", "/logos/a585c162-9587-4e5c-8796-d675ff2dbd6c");
    expect(icon).toHaveAttribute("width", "32");
    expect(icon).toHaveAttribute("height", "32");
  });

  it("names the portal's account in the heading, never a Gatehouse account", () => {
    renderConsent();
    const heading = screen.getByRole("heading", { level: 1 });
    expect(heading).toHaveTextContent("Demo Notes wants to access your Acme account");
    expect(heading).not.toHaveTextContent("Gatehouse");
  });

  it("shows the app's description and its website's host as a link opening in a new tab", () => {
    renderConsent();
    expect(screen.getByText("Notes for your DocSpace")).toBeInTheDocument();
    const website = screen.getByRole("link", { name: /^notes\.example\.com/ });
    expect(website).toHaveAttribute("href", "https://notes.example.com");
    expect(website).toHaveAttribute("target", "_blank");
    expect(website).toHaveAttribute("rel", "noopener noreferrer");
  });

  it("shows no website link when the registered address is not a web URL", () => {
    render(
      <ConsentStep
        interaction={interactionAt("consent", {
          client: { ...demoNotes, website_url: "javascript:alert(1)" },
        })}
        onProgress={vi.fn(async () => {})}
      />,
    );
    expect(screen.queryByRole("link", { name: /alert/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/javascript:/)).not.toBeInTheDocument();
  });

  it("says access can be revoked later on Connected apps, with a link there", () => {
    renderConsent();
    expect(screen.getByText(/You can revoke its access at any time on/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Connected apps" })).toHaveAttribute("href", "/connected-apps");
  });

  it("keeps Allow and Deny in the sticky action bar, after everything else on the card", () => {
    renderConsent();
    const allow = screen.getByRole("button", { name: "Allow" });
    const bar = allow.closest(".consent-actions");
    expect(bar).not.toBeNull();
    expect(bar).toContainElement(screen.getByRole("button", { name: "Deny" }));
    expect(bar?.nextElementSibling).toBeNull();
  });

  it("lists one item per requested scope group with its description", () => {
    renderConsent();
    const items = within(screen.getByRole("list")).getAllByRole("listitem");
    expect(items).toHaveLength(4);
    expect(items[0]).toHaveTextContent("Profile");
    expect(items[0]).toHaveTextContent("View basic information about your profile");
    expect(items[1]).toHaveTextContent("Files & Folders");
    expect(items[1]).toHaveTextContent("View and manage all files and folders");
    expect(items[2]).toHaveTextContent("Rooms");
    expect(items[2]).toHaveTextContent("View all rooms");
    expect(items[3]).toHaveTextContent("Open ID");
    expect(items[3]).toHaveTextContent("View your personal data");
  });

  it("marks nothing New on a first consent", () => {
    renderConsent();
    expect(screen.queryByText("New")).not.toBeInTheDocument();
  });

  it("shows newly requested scopes marked New, apart from those granted before", () => {
    renderConsent(demoScopes.map((scope) => ({ ...scope, new: scope.group === "Rooms" })));

    const added = screen.getByRole("list", { name: "New permissions" });
    const granted = screen.getByRole("list", { name: "Previously granted" });
    const addedItems = within(added).getAllByRole("listitem");
    expect(addedItems).toHaveLength(1);
    expect(addedItems[0]).toHaveTextContent("Rooms");
    expect(within(added).getByText("New")).toBeVisible();
    expect(within(granted).getAllByRole("listitem")).toHaveLength(3);
    expect(within(granted).queryByText("New")).not.toBeInTheDocument();
  });

  it("links to the app's Privacy policy and Terms of Service", () => {
    renderConsent();
    expect(screen.getByRole("link", { name: "Privacy policy" })).toHaveAttribute(
      "href",
      "https://notes.example.com/privacy",
    );
    expect(screen.getByRole("link", { name: "Terms of Service" })).toHaveAttribute(
      "href",
      "https://notes.example.com/terms",
    );
  });

  it("shows the signed-in email", () => {
    renderConsent();
    expect(screen.getByText("alice@example.com")).toBeInTheDocument();
  });

  it.each([
    ["Allow", "allow", REDIRECT],
    ["Deny", "deny", "http://localhost:5175/callback?error=access_denied&state=xyz"],
  ] as const)(
    "sends %s, then follows the redirect_to the server answered",
    async (button, decision, redirectTo) => {
      const assign = stubLocationAssign();
      vi.mocked(decideConsent).mockResolvedValue({ redirect_to: redirectTo });
      renderConsent();

      await userEvent.click(screen.getByRole("button", { name: button }));

      expect(decideConsent).toHaveBeenCalledExactlyOnceWith("int_0123456789abcdef", { decision });
      await waitFor(() => expect(assign).toHaveBeenCalledExactlyOnceWith(redirectTo));
    },
  );

  it("disables every button while the decision is on its way", async () => {
    const assign = stubLocationAssign();
    const answer = deferred<{ redirect_to: string }>();
    vi.mocked(decideConsent).mockReturnValue(answer.promise);
    renderConsent();

    await userEvent.click(screen.getByRole("button", { name: "Allow" }));

    expect(screen.getByRole("button", { name: "Allow" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Deny" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Change profile" })).toBeDisabled();
    answer.resolve({ redirect_to: REDIRECT });
    await waitFor(() => expect(assign).toHaveBeenCalledOnce());
    // The browser is leaving: a second click must not send a second decision.
    expect(screen.getByRole("button", { name: "Deny" })).toBeDisabled();
  });

  it("shows an alert when the decision fails, and lets the person try again", async () => {
    const assign = stubLocationAssign();
    vi.mocked(decideConsent).mockRejectedValue(new ApiError(400, "invalid_request", "interaction expired"));
    renderConsent();

    await userEvent.click(screen.getByRole("button", { name: "Allow" }));

    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Your decision could not be recorded. Try again.",
    );
    expect(screen.queryByText(/interaction expired/)).not.toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Allow" })).toBeEnabled();
  });

  it("never follows a redirect_to that is not a web address", async () => {
    const assign = stubLocationAssign();
    vi.mocked(decideConsent).mockResolvedValue({ redirect_to: "javascript:alert(1)" });
    renderConsent();

    await userEvent.click(screen.getByRole("button", { name: "Allow" }));

    expect(await screen.findByRole("alert")).toBeInTheDocument();
    expect(assign).not.toHaveBeenCalled();
  });

  it("changes profile by ending the session, then asking the interaction again", async () => {
    vi.mocked(signOut).mockResolvedValue();
    const { onProgress } = renderConsent();

    await userEvent.click(screen.getByRole("button", { name: "Change profile" }));

    expect(signOut).toHaveBeenCalledOnce();
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
    expect(vi.mocked(signOut).mock.invocationCallOrder[0]).toBeLessThan(
      onProgress.mock.invocationCallOrder[0] ?? 0,
    );
    expect(decideConsent).not.toHaveBeenCalled();
  });

  it("with one signed-in account, changes profile by signing out as before", async () => {
    vi.mocked(signOut).mockResolvedValue();
    const onProgress = vi.fn(async () => {});
    render(
      <ConsentStep
        interaction={interactionAt("consent", { accounts: [aliceAccount] })}
        onProgress={onProgress}
      />,
    );

    await userEvent.click(screen.getByRole("button", { name: "Change profile" }));

    expect(signOut).toHaveBeenCalledOnce();
    expect(chooseAccountAgain).not.toHaveBeenCalled();
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
  });

  it("with other accounts signed in, changes profile by going back to the chooser, signing nobody out", async () => {
    vi.mocked(chooseAccountAgain).mockResolvedValue();
    const onProgress = vi.fn(async () => {});
    const interaction = interactionAt("consent", { accounts: [aliceAccount, bobAccount] });
    render(<ConsentStep interaction={interaction} onProgress={onProgress} />);

    await userEvent.click(screen.getByRole("button", { name: "Change profile" }));

    expect(chooseAccountAgain).toHaveBeenCalledExactlyOnceWith(interaction.id);
    await waitFor(() => expect(onProgress).toHaveBeenCalledOnce());
    expect(vi.mocked(chooseAccountAgain).mock.invocationCallOrder[0]).toBeLessThan(
      onProgress.mock.invocationCallOrder[0] ?? 0,
    );
    expect(signOut).not.toHaveBeenCalled();
    expect(decideConsent).not.toHaveBeenCalled();
  });

  it("shows an alert when the chooser cannot be shown again", async () => {
    vi.mocked(chooseAccountAgain).mockRejectedValue(new ApiError(500, "server_error", "the store is down"));
    const onProgress = vi.fn(async () => {});
    render(
      <ConsentStep
        interaction={interactionAt("consent", { accounts: [aliceAccount, bobAccount] })}
        onProgress={onProgress}
      />,
    );

    await userEvent.click(screen.getByRole("button", { name: "Change profile" }));

    expect(await screen.findByRole("alert")).toHaveTextContent("The chooser could not be shown. Try again.");
    expect(onProgress).not.toHaveBeenCalled();
    expect(screen.getByRole("button", { name: "Change profile" })).toBeEnabled();
  });
});
