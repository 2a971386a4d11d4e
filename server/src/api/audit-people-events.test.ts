import { invitationAnswerSchema, resetLinkAnswerSchema } from "@gatehouse/shared/schemas/people";
import { describe, expect, it } from "vitest";
import { auditEvents } from "../../test/audit.ts";
import { signedInBrowser, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { GOOD_PASSWORD } from "../../test/people.ts";

const server = useTestServer();

const BOB_PERSON = { user_id: BOB.id, email: BOB.email };

/** Alice, owner of acme, acting on acme: she changes people and reads acme's audit log. */
const asAlice = () => signedInBrowser(server, ALICE, "acme");

/** The newest event named `event` on acme, once it is stored (some are recorded after the answer). */
async function latest(event: string) {
  const alice = await asAlice();
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const [found] = await auditEvents(server, alice, { event, limit: "1" });
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no ${event} event was recorded`);
}

/** The token in a one-time link's fragment. */
const tokenOf = (link: string) => new URL(link).hash.slice(1);

async function invite(alice: TestBrowser, email: string): Promise<string> {
  const response = await alice.json("/api/people/invitations", "POST", { email, role: "user" });
  expect(response.status).toBe(201);
  return tokenOf(invitationAnswerSchema.parse(await response.json()).invitation_url);
}

async function patchBob(alice: TestBrowser, body: { role?: string; disabled?: boolean }) {
  expect((await alice.json(`/api/people/${BOB.id}`, "PATCH", body)).status).toBe(200);
}

describe("the people and password events are recorded by the actions that cause them (docs/operations.md#audit-events)", () => {
  it("person.invited: on the portal, naming the invited email, by the owner who invited", async () => {
    await invite(await asAlice(), "erin@example.com");
    const event = await latest("person.invited");
    expect(event).toMatchObject({ portal_id: "acme", event: "person.invited", address: "127.0.0.1" });
    expect(JSON.stringify(event.details)).toContain("erin@example.com");
  });

  it("person.joined: the new person, on the portal they joined", async () => {
    const token = await invite(await asAlice(), "erin@example.com");
    const erin = new TestBrowser(server.url);
    const joined = await erin.json("/api/invitations/accept", "POST", {
      token,
      display_name: "Erin Example",
      password: GOOD_PASSWORD,
    });
    expect(joined.status).toBe(200);
    const event = await latest("person.joined");
    expect(event).toMatchObject({ portal_id: "acme", person: { email: "erin@example.com" } });
  });

  it("person.role_changed: the person whose role changed, with the roles", async () => {
    await patchBob(await asAlice(), { role: "admin" });
    const event = await latest("person.role_changed");
    expect(event).toMatchObject({ portal_id: "acme", person: BOB_PERSON });
    expect(JSON.stringify(event.details)).toContain("admin");
  });

  it("person.disabled and person.enabled: the person, each time", async () => {
    const alice = await asAlice();
    await patchBob(alice, { disabled: true });
    expect(await latest("person.disabled")).toMatchObject({ portal_id: "acme", person: BOB_PERSON });
    await patchBob(alice, { disabled: false });
    expect(await latest("person.enabled")).toMatchObject({ portal_id: "acme", person: BOB_PERSON });
  });

  it("person.removed: the person removed from the portal", async () => {
    expect((await (await asAlice()).json(`/api/people/${BOB.id}`, "DELETE")).status).toBe(204);
    expect(await latest("person.removed")).toMatchObject({ portal_id: "acme", person: BOB_PERSON });
  });

  it("password.changed: the person who changed their own password, in their portals", async () => {
    const bob = await signedInBrowser(server, BOB, "acme");
    const changed = await bob.json("/api/account/password", "POST", {
      current_password: BOB.password,
      new_password: GOOD_PASSWORD,
    });
    expect(changed.status).toBe(204);
    expect(await latest("password.changed")).toMatchObject({ portal_id: "acme", person: BOB_PERSON });
  });

  it("password.reset_requested and password.reset: forgot password, then the link used", async () => {
    const alice = await asAlice();
    const requested = await new TestBrowser(server.url).json("/api/password-reset", "POST", {
      email: BOB.email,
    });
    expect(requested.status).toBe(202);
    expect(await latest("password.reset_requested")).toMatchObject({ portal_id: "acme", person: BOB_PERSON });

    const link = await alice.json(`/api/people/${BOB.id}/password-reset`, "POST");
    expect(link.status).toBe(201);
    const token = tokenOf(resetLinkAnswerSchema.parse(await link.json()).reset_url);
    const reset = await new TestBrowser(server.url).json("/api/password-reset/confirm", "POST", {
      token,
      new_password: GOOD_PASSWORD,
    });
    expect(reset.status).toBe(204);
    expect(await latest("password.reset")).toMatchObject({ portal_id: "acme", person: BOB_PERSON });
  });
});
