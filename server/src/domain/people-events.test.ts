import { describe, expect, it } from "vitest";
import { signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { GOOD_PASSWORD } from "../../test/people.ts";
import type { PeopleEvent } from "./people-events.ts";

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
    await alice.json("/api/people/invitations", "POST", { email: "erin@example.com", role: "user" });
    await alice.json(`/api/people/${BOB.id}`, "PATCH", { role: "admin", disabled: true });
    await alice.json(`/api/people/${BOB.id}`, "PATCH", { disabled: false });
    await alice.json(`/api/people/${BOB.id}`, "DELETE");
    await alice.json("/api/account/password", "POST", {
      current_password: ALICE.password,
      new_password: GOOD_PASSWORD,
    });
    await new TestBrowser(server.url).json("/api/password-reset", "POST", { email: "nobody@example.com" });
    for (let tries = 0; tries < 50 && raised.length < 7; tries += 1)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(raised.map((event) => event.event)).toEqual([
      "person.invited",
      "person.role_changed",
      "person.disabled",
      "person.enabled",
      "person.removed",
      "password.changed",
      "password.reset_requested",
    ]);
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
