import { describe, expect, it, vi } from "vitest";
import type { TokenFamilyRecord } from "../../tokens.ts";
import type { Change } from "../journal.ts";
import { createMemory } from "../tables.ts";
import { lowdbGrants } from "./grants.ts";

const family = (id: string, grantId: string): TokenFamilyRecord => ({
  id,
  grant_id: grantId,
  client_id: "app",
  user_id: "person",
  portal_id: "portal",
  auth_time: 1,
  amr: ["pwd"],
  created_at: 1,
  revoked_at: null,
});

describe("lowdb grants", () => {
  it("revoke ends the grant's token families through the index, without a walk of every family", async () => {
    const memory = createMemory();
    const { grants, families } = memory.tables;
    grants.put("g", {
      id: "g",
      user_id: "person",
      portal_id: "portal",
      client_id: "app",
      scopes: ["openid"],
      created_at: 1,
      updated_at: 1,
    });
    for (let index = 0; index < 100_000; index += 1)
      families.put(`other-${index}`, family(`other-${index}`, `g-${index}`));
    for (const id of ["f1", "f2", "f3"]) families.put(id, family(id, "g"));
    families.put("f2", { ...family("f2", "g"), revoked_at: 5 });
    const walks = [
      vi.spyOn(families, "values"),
      vi.spyOn(families, "entries"),
      vi.spyOn(families, "keysWhere"),
      vi.spyOn(families, "readWhere"),
    ];
    const commit = vi.fn(async (_changes: Change[]) => {});

    await lowdbGrants({ ...memory, commit }).revoke("g", 9);

    expect(walks.map((walk) => walk.mock.calls.length)).toEqual([0, 0, 0, 0]);
    expect(grants.has("g")).toBe(false);
    expect([
      families.peek("f1")?.revoked_at,
      families.peek("f2")?.revoked_at,
      families.peek("f3")?.revoked_at,
    ]).toEqual([9, 5, 9]);
    expect(families.peek("other-0")?.revoked_at).toBeNull();
    // One commit: the grant's removal and the two families it revoked.
    expect(commit).toHaveBeenCalledTimes(1);
    expect(commit.mock.calls[0]?.[0]).toHaveLength(3);
  });
});
