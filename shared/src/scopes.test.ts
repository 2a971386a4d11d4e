import { describe, expect, it } from "vitest";
import {
  impliedScopes,
  SCOPE_GROUPS,
  SCOPE_NAMES,
  SCOPES,
  type ScopeName,
  scopeGroupLines,
  scopesCovered,
  scopesWithin,
  toggleScope,
} from "./scopes.ts";

describe("the scope catalogue", () => {
  it("holds every scope of docs/scopes.md#catalogue once, each with a group and a plain-language description", () => {
    expect(SCOPES.map((scope) => scope.name)).toEqual([...SCOPE_NAMES]);
    for (const scope of SCOPES) {
      expect(SCOPE_GROUPS).toContain(scope.group);
      expect(scope.description.length).toBeGreaterThan(0);
    }
  });
});

describe("impliedScopes", () => {
  it("adds the :read scope each :write scope implies", () => {
    expect(impliedScopes(["files:write"])).toEqual(["files:read", "files:write"]);
    expect(impliedScopes(["accounts.self:write", "rooms:write"])).toEqual([
      "accounts.self:read",
      "accounts.self:write",
      "rooms:read",
      "rooms:write",
    ]);
  });

  it("implies nothing from a :read scope or from openid", () => {
    expect(impliedScopes(["files:read"])).toEqual(["files:read"]);
    expect(impliedScopes(["openid"])).toEqual(["openid"]);
  });

  it("answers in catalogue order without duplicates, whatever the order asked", () => {
    expect(impliedScopes(["openid", "files:write", "files:read", "accounts:read", "openid"])).toEqual([
      "accounts:read",
      "files:read",
      "files:write",
      "openid",
    ]);
  });

  it("answers nothing for nothing", () => {
    expect(impliedScopes([])).toEqual([]);
  });
});

describe("scopesCovered", () => {
  it("is true when the grant holds every requested scope", () => {
    expect(scopesCovered(["openid", "files:read"], ["files:read", "openid", "rooms:read"])).toBe(true);
  });

  it("counts the :read a granted :write implies", () => {
    expect(scopesCovered(["files:read"], ["files:write"])).toBe(true);
  });

  it("is false when a :write is requested and only its :read was granted", () => {
    expect(scopesCovered(["files:write"], ["files:read"])).toBe(false);
  });

  it("is false when any requested scope is missing from the grant", () => {
    expect(scopesCovered(["openid", "rooms:read"], ["openid"])).toBe(false);
    expect(scopesCovered(["openid"], [])).toBe(false);
  });

  it("is true for an empty request", () => {
    expect(scopesCovered([], [])).toBe(true);
  });
});

describe("scopeGroupLines", () => {
  it("answers one line per requested group, in the consent page's group order", () => {
    const lines = scopeGroupLines(["openid", "rooms:read", "accounts.self:read", "files:read"], null);
    expect(lines.map((line) => line.group)).toEqual(["Profile", "Files & Folders", "Rooms", "Open ID"]);
    expect(lines.map((line) => line.name)).toEqual([
      "accounts.self:read",
      "files:read",
      "rooms:read",
      "openid",
    ]);
  });

  it("answers one line per requested OpenID scope, each with its own description and its own new mark", () => {
    const lines = scopeGroupLines(["email", "files:read", "openid", "profile"], ["openid", "files:read"]);
    expect(lines.map((line) => [line.name, line.new])).toEqual([
      ["files:read", false],
      ["openid", false],
      ["profile", true],
      ["email", true],
    ]);
    expect(new Set(lines.map((line) => line.description)).size).toBe(4);
  });

  it("shows the strongest requested scope of a group: write over read, with its description", () => {
    const lines = scopeGroupLines(["files:read", "files:write"], null);
    expect(lines).toEqual([
      {
        name: "files:write",
        group: "Files & Folders",
        description: "View and manage all files and folders",
        new: false,
      },
    ]);
  });

  it("shows a lone :read with the read description", () => {
    expect(scopeGroupLines(["accounts:read"], null)).toEqual([
      { name: "accounts:read", group: "Accounts", description: "View all accounts", new: false },
    ]);
  });

  it("marks nothing new when there is no earlier grant", () => {
    const lines = scopeGroupLines(["openid", "files:write", "rooms:read"], null);
    expect(lines.every((line) => line.new === false)).toBe(true);
  });

  it("marks as new only the lines the earlier grant does not cover", () => {
    const lines = scopeGroupLines(["openid", "files:read", "rooms:read"], ["openid", "files:read"]);
    expect(lines.map((line) => [line.name, line.new])).toEqual([
      ["files:read", false],
      ["rooms:read", true],
      ["openid", false],
    ]);
  });

  it("marks a line new when write is asked where only read was granted", () => {
    const lines = scopeGroupLines(["files:write"], ["files:read"]);
    expect(lines).toMatchObject([{ name: "files:write", new: true }]);
  });

  it("counts an earlier :write as covering a :read line", () => {
    const lines = scopeGroupLines(["files:read"], ["files:write"]);
    expect(lines).toMatchObject([{ name: "files:read", new: false }]);
  });

  it("marks every line new when the earlier grant is empty", () => {
    const lines = scopeGroupLines(["openid", "files:read"], []);
    expect(lines.map((line) => line.new)).toEqual([true, true]);
  });

  it("answers no lines for no scopes", () => {
    expect(scopeGroupLines([], null)).toEqual([]);
  });
});

describe("toggleScope", () => {
  it("checks Read with Write", () => {
    expect([...toggleScope(new Set(), "files:write", true)]).toEqual(["files:write", "files:read"]);
    expect([...toggleScope(new Set(["files:read"]), "files:write", true)]).toEqual([
      "files:read",
      "files:write",
    ]);
  });

  it("unchecks Write with Read", () => {
    expect([...toggleScope(new Set(["files:read", "files:write", "openid"]), "files:read", false)]).toEqual([
      "openid",
    ]);
  });

  it("leaves Read checked when Write is unchecked", () => {
    expect([...toggleScope(new Set(["rooms:read", "rooms:write"]), "rooms:write", false)]).toEqual([
      "rooms:read",
    ]);
  });

  it("checks Read alone, and touches no other group", () => {
    expect([...toggleScope(new Set(["accounts:write", "accounts:read"]), "files:read", true)]).toEqual([
      "accounts:write",
      "accounts:read",
      "files:read",
    ]);
  });

  it("checks and unchecks openid alone", () => {
    expect([...toggleScope(new Set(["files:read"]), "openid", true)]).toEqual(["files:read", "openid"]);
    expect([...toggleScope(new Set(["openid", "files:read"]), "openid", false)]).toEqual(["files:read"]);
  });

  it("keeps the current set unchanged", () => {
    const current = new Set<ScopeName>(["files:read"]);
    toggleScope(current, "files:read", false);
    expect([...current]).toEqual(["files:read"]);
  });
});

describe("scopesWithin", () => {
  it("keeps only what every limit covers, in the scopes' own order", () => {
    expect(scopesWithin(["openid", "files:read", "rooms:read"], ["rooms:read", "openid"])).toEqual([
      "openid",
      "rooms:read",
    ]);
    expect(scopesWithin(["openid", "files:read"], ["openid", "files:read"], ["files:read"])).toEqual([
      "files:read",
    ]);
  });

  it("counts the :read a limit's :write implies, but never a :write from a :read", () => {
    expect(scopesWithin(["files:read", "files:write"], ["files:write"])).toEqual([
      "files:read",
      "files:write",
    ]);
    expect(scopesWithin(["files:read", "files:write"], ["files:read"])).toEqual(["files:read"]);
  });

  it("is empty when a limit is empty, and the scopes themselves with no limit", () => {
    expect(scopesWithin(["openid"], [])).toEqual([]);
    expect(scopesWithin(["openid", "rooms:read"])).toEqual(["openid", "rooms:read"]);
  });
});
