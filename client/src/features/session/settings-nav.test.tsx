import { render, screen, within } from "@testing-library/react";
import { MemoryRouter } from "react-router-dom";
import { describe, expect, it } from "vitest";
import { useSessionStore } from "../../stores/session.ts";
import { alice, alicePortals } from "../../test-support.ts";
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
  it("offers an owner People, Developer tools, Connected apps, Audit log and Your account", () => {
    expect(linksFor("owner")).toEqual([
      "People",
      "Developer tools",
      "Connected apps",
      "Audit log",
      "Your account",
    ]);
  });

  it("offers an admin the same", () => {
    expect(linksFor("admin")).toEqual([
      "People",
      "Developer tools",
      "Connected apps",
      "Audit log",
      "Your account",
    ]);
  });

  it("offers a user no link to People, Developer tools or the audit log", () => {
    expect(linksFor("user")).toEqual(["Connected apps", "Your account"]);
  });

  it("marks the current page", () => {
    linksFor("user");
    expect(screen.getByRole("link", { name: "Your account" })).toHaveAttribute("aria-current", "page");
  });
});
