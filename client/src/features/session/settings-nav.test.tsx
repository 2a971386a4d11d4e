import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { useSessionStore } from "../../stores/session.ts";
import { alice, alicePortals, bob } from "../../test-support.ts";
import { SettingsNav } from "./settings-nav.tsx";

function linksFor(role: "owner" | "admin" | "user") {
  useSessionStore.getState().signedIn({ user: { ...alice, role }, portals: alicePortals });
  render(
    <MemoryRouter initialEntries={["/account"]}>
      <SettingsNav />
    </MemoryRouter>,
  );
  const nav = screen.getByRole("navigation", { name: "Settings" });
  return within(nav)
    .getAllByRole("link")
    .map((link) => link.textContent);
}

describe("SettingsNav", () => {
  const everyLink = ["People", "Developer tools", "Connected apps", "Audit log", "Your account"];
  it.each([
    [
      "offers an owner People, Developer tools, Connected apps, Audit log and Your account",
      "owner",
      everyLink,
    ],
    ["offers an admin the same", "admin", everyLink],
    [
      "offers a user no link to People, Developer tools or the audit log",
      "user",
      ["Connected apps", "Your account"],
    ],
  ] as const)("%s", (_title, role, links) => {
    expect(linksFor(role)).toEqual(links);
  });

  it("offers bob, a plain user of Acme, no Developer tools, People or Audit log tab", () => {
    useSessionStore.getState().signedIn({ user: bob, portals: [bob.portal] });
    render(
      <MemoryRouter initialEntries={["/connected-apps"]}>
        <SettingsNav />
      </MemoryRouter>,
    );
    const nav = screen.getByRole("navigation", { name: "Settings" });
    for (const name of ["Developer tools", "People", "Audit log"]) {
      expect(within(nav).queryByRole("link", { name })).not.toBeInTheDocument();
    }
    expect(within(nav).getByRole("link", { name: "Connected apps" })).toHaveAttribute("aria-current", "page");
  });

  it("marks the current page", () => {
    linksFor("user");
    expect(screen.getByRole("link", { name: "Your account" })).toHaveAttribute("aria-current", "page");
  });
});
