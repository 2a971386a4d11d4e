import { describe, expect, it, vi } from "vitest";
import { signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { GOOD_PASSWORD } from "../../test/people.ts";
import type { PeopleEvent, PeopleEventName } from "./people-events.ts";

const raised: PeopleEvent[] = [];
const server = useTestServer({
  peopleEvents: async (event) => {
    raised.push(event);
  },
});

describe("the people events hook (docs/api.md#audit-log)", () => {
  it("raises person.* and password.* events with portal, actor, person, address and user agent", async () => {
    raised.length = 0;
    const alice = await signedInBrowser(server, ALICE, "acme");
    // Each request with the events it raises, in order: one change of role and status raises two.
    const steps: { request: () => Promise<Response>; raises: PeopleEventName[] }[] = [
      {
        request: () =>
          alice.json("/api/people/invitations", "POST", { email: "erin@example.com", role: "user" }),
        raises: ["person.invited"],
      },
      {
        request: () => alice.json(`/api/people/${BOB.id}`, "PATCH", { role: "admin", disabled: true }),
        raises: ["person.role_changed", "person.disabled"],
      },
      {
        request: () => alice.json(`/api/people/${BOB.id}`, "PATCH", { disabled: false }),
        raises: ["person.enabled"],
      },
      { request: () => alice.json(`/api/people/${BOB.id}`, "DELETE"), raises: ["person.removed"] },
      {
        request: () =>
          alice.json("/api/account/password", "POST", {
            current_password: ALICE.password,
            new_password: GOOD_PASSWORD,
          }),
        raises: ["password.changed"],
      },
      {
        // Raised after the 202, so that the answer says nothing of the email (docs/security.md#one-time-links).
        request: () =>
          new TestBrowser(server.url).json("/api/password-reset", "POST", { email: "nobody@example.com" }),
        raises: ["password.reset_requested"],
      },
    ];
    for (const { request, raises } of steps) {
      const before = raised.length;
      expect((await request()).ok).toBe(true);
      await vi.waitFor(() => expect(raised).toHaveLength(before + raises.length));
      expect(raised.slice(before).map((event) => event.event)).toEqual(raises);
    }
    expect(raised[1]).toMatchObject({
      portal_id: "acme",
      actor_id: ALICE.id,
      user_id: BOB.id,
      address: "127.0.0.1",
      details: { from: "user", to: "admin" },
    });
    expect(raised[6]).toMatchObject({ user_id: null, actor_id: null, portal_id: null });
  });
});
