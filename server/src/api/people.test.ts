import {
  invitationAnswerSchema,
  peopleSchema,
  personSchema,
  resetLinkAnswerSchema,
} from "@gatehouse/shared/schemas/people";
import { describe, expect, it } from "vitest";
import { expectEachRefused, expectError, getOk } from "../../test/answers.ts";
import { signedInBrowser, signIn, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB, DEMO } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { addPerson, notesTokens, refreshStatus } from "../../test/people.ts";

const server = useTestServer();

const CAROL = { email: "carol@example.com", password: DEMO.users[2].password, id: DEMO.users[2].id };

/** Alice, owner of acme, acting on acme. */
const asAlice = () => signedInBrowser(server, ALICE, "acme");

/** Dave, a new admin of acme. */
async function asAdmin() {
  const dave = await addPerson(server.store, "dave@example.com", [{ portal_id: "acme", role: "admin" }]);
  return { dave, browser: await signedInBrowser(server, dave, "acme") };
}

const people = (browser: TestBrowser) => getOk(browser, "/api/people", peopleSchema);

describe("GET /api/people (docs/api.md#people)", () => {
  it("lists the current portal's members with role, status and last sign-in, for an owner", async () => {
    const listed = await people(await asAlice());
    expect(listed.map((person) => [person.email, person.role, person.status])).toEqual([
      ["alice@example.com", "owner", "active"],
      ["bob@example.com", "user", "active"],
    ]);
    expect(listed[0]?.last_sign_in_at).toBe(new Date(Math.floor(server.clock() / 1000) * 1000).toISOString());
    expect(listed[1]?.last_sign_in_at).toBeNull();
  });

  it("answers an admin too, and lists pending invitations as invited", async () => {
    const { browser } = await asAdmin();
    expect(
      (await browser.json("/api/people/invitations", "POST", { email: "erin@example.com", role: "user" }))
        .status,
    ).toBe(201);
    const listed = await people(browser);
    expect(listed.find((person) => person.email === "erin@example.com")).toMatchObject({
      status: "invited",
      role: "user",
    });
    expect(listed.find((person) => person.email === "dave@example.com")).toMatchObject({ role: "admin" });
  });

  it("answers 401 unauthenticated without a session", async () => {
    await expectError(await new TestBrowser(server.url).json("/api/people", "GET"), 401, "unauthenticated");
  });

  it("answers 403 forbidden to a plain user of the portal", async () => {
    await expectError(
      await (await signedInBrowser(server, BOB)).json("/api/people", "GET"),
      403,
      "forbidden",
    );
  });

  it("N74 shows an owner of another portal only that portal's people", async () => {
    const listed = await people(await signedInBrowser(server, CAROL));
    expect(listed.map((person) => person.email)).toEqual(["alice@example.com", "carol@example.com"]);
  });
});

describe("POST /api/people/invitations", () => {
  it("answers 201 with a single-use link to /invite carrying the token in its fragment, valid 7 days", async () => {
    const response = await (await asAlice()).json("/api/people/invitations", "POST", {
      email: "Erin@Example.com",
      role: "admin",
    });
    expect(response.status).toBe(201);
    const answer = invitationAnswerSchema.parse(await response.json());
    const url = new URL(answer.invitation_url);
    expect(url.origin + url.pathname).toBe(`${server.url}/invite`);
    expect(url.hash).toMatch(/^#[A-Za-z0-9_-]{43}$/);
    expect(url.search).toBe("");
    expect(Date.parse(answer.expires_at)).toBe((Math.floor(server.clock() / 1000) + 7 * 86_400) * 1000);
  });

  it("refuses an admin inviting an owner with 403 forbidden", async () => {
    const { browser } = await asAdmin();
    await expectError(
      await browser.json("/api/people/invitations", "POST", { email: "erin@example.com", role: "owner" }),
      403,
      "forbidden",
    );
  });

  it("answers 400 invalid_request for a bad email or role, or someone already on the portal", async () => {
    const alice = await asAlice();
    await expectError(
      await alice.json("/api/people/invitations", "POST", { email: "nope", role: "user" }),
      400,
      "invalid_request",
    );
    await expectError(
      await alice.json("/api/people/invitations", "POST", { email: "erin@example.com", role: "root" }),
      400,
      "invalid_request",
    );
    await expectError(
      await alice.json("/api/people/invitations", "POST", { email: BOB.email, role: "user" }),
      400,
      "invalid_request",
    );
  });

  it("answers 401 without a session and 403 to a user", async () => {
    const body = { email: "erin@example.com", role: "user" };
    await expectError(
      await new TestBrowser(server.url).json("/api/people/invitations", "POST", body),
      401,
      "unauthenticated",
    );
    await expectError(
      await (await signedInBrowser(server, BOB)).json("/api/people/invitations", "POST", body),
      403,
      "forbidden",
    );
  });
});

describe("PATCH /api/people/:user_id", () => {
  it("changes a role and answers the person", async () => {
    const response = await (await asAlice()).json(`/api/people/${BOB.id}`, "PATCH", { role: "admin" });
    expect(response.status).toBe(200);
    expect(personSchema.parse(await response.json())).toMatchObject({
      user_id: BOB.id,
      role: "admin",
      status: "active",
    });
    expect((await server.store.users.get(BOB.id))?.accounts).toEqual([{ portal_id: "acme", role: "admin" }]);
  });

  it("lets only owners grant or take away the owner role (403 forbidden for an admin)", async () => {
    const { browser } = await asAdmin();
    await expectError(
      await browser.json(`/api/people/${BOB.id}`, "PATCH", { role: "owner" }),
      403,
      "forbidden",
    );
    await expectEachRefused(
      browser,
      ["PATCH", `/api/people/${ALICE.id}`],
      [{ role: "user" }, { disabled: true }],
      [403, "forbidden"],
    );
    expect((await browser.json(`/api/people/${BOB.id}`, "PATCH", { role: "admin" })).status).toBe(200);
  });

  it("answers 409 last_owner when the only active owner would be demoted or disabled", async () => {
    const alice = await asAlice();
    await expectEachRefused(
      alice,
      ["PATCH", `/api/people/${ALICE.id}`],
      [{ role: "admin" }, { disabled: true }],
      [409, "last_owner"],
    );
    // A disabled second owner does not count.
    const frank = await addPerson(server.store, "frank@example.com", [{ portal_id: "acme", role: "owner" }], {
      disabled: true,
    });
    await expectError(
      await alice.json(`/api/people/${ALICE.id}`, "PATCH", { role: "user" }),
      409,
      "last_owner",
    );
    expect((await alice.json(`/api/people/${frank.id}`, "PATCH", { disabled: false })).status).toBe(200);
    expect((await alice.json(`/api/people/${ALICE.id}`, "PATCH", { role: "admin" })).status).toBe(200);
  });

  it("keeps one owner when two owners demote each other at the same moment", async () => {
    const frank = await addPerson(server.store, "frank@example.com", [{ portal_id: "acme", role: "owner" }]);
    const [alice, frankBrowser] = [await asAlice(), await signedInBrowser(server, frank, "acme")];
    const answers = await Promise.all([
      alice.json(`/api/people/${frank.id}`, "PATCH", { role: "user" }),
      frankBrowser.json(`/api/people/${ALICE.id}`, "PATCH", { role: "user" }),
    ]);
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    const owners = (await server.store.users.listByPortal("acme")).filter((user) =>
      user.accounts.some((account) => account.portal_id === "acme" && account.role === "owner"),
    );
    expect(owners).toHaveLength(1);
  });

  it("N68 disabling ends the person's sessions and their tokens stop working at once; enabling lets them sign in again", async () => {
    const bob = new TestBrowser(server.url);
    const tokens = await notesTokens(server, bob, BOB);
    expect((await bob.json("/api/session", "GET")).status).toBe(200);
    const response = await (await asAlice()).json(`/api/people/${BOB.id}`, "PATCH", { disabled: true });
    expect(personSchema.parse(await response.json())).toMatchObject({ status: "disabled" });
    expect((await bob.json("/api/session", "GET")).status).toBe(401);
    expect(await refreshStatus(server, tokens.refresh_token ?? "")).toBe(400);
    const userinfo = await fetch(`${server.url}/oauth2/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(401);
    // A disabled person's sign-in fails exactly as a wrong password does.
    const refused = await signIn(new TestBrowser(server.url), BOB.email, BOB.password);
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({ error: "invalid_credentials" });
    expect((await (await asAlice()).json(`/api/people/${BOB.id}`, "PATCH", { disabled: false })).status).toBe(
      200,
    );
    expect((await signIn(new TestBrowser(server.url), BOB.email, BOB.password)).status).toBe(200);
  });

  it("N74 answers 404 for a person of another portal, and 400 for an empty change", async () => {
    const alice = await asAlice();
    await expectError(
      await alice.json(`/api/people/${CAROL.id}`, "PATCH", { role: "user" }),
      404,
      "not_found",
    );
    await expectError(await alice.json("/api/people/nobody", "PATCH", { role: "user" }), 404, "not_found");
    await expectError(await alice.json(`/api/people/${BOB.id}`, "PATCH", {}), 400, "invalid_request");
    expect((await server.store.users.get(CAROL.id))?.accounts).toEqual([
      { portal_id: "globex", role: "owner" },
    ]);
  });

  it("answers 401 without a session and 403 to a user", async () => {
    await expectError(
      await new TestBrowser(server.url).json(`/api/people/${BOB.id}`, "PATCH", { role: "admin" }),
      401,
      "unauthenticated",
    );
    await expectError(
      await (await signedInBrowser(server, BOB)).json(`/api/people/${BOB.id}`, "PATCH", { role: "admin" }),
      403,
      "forbidden",
    );
  });
});

describe("DELETE /api/people/:user_id", () => {
  it("answers 204, takes the portal away and revokes the person's grants there, keeping their other portals", async () => {
    const alice = await signedInBrowser(server, ALICE, "globex");
    await server.store.users.setAccount(BOB.id, { portal_id: "globex", role: "user" });
    const bob = new TestBrowser(server.url);
    const tokens = await notesTokens(server, bob, BOB, "acme");
    const acmeOwner = await asAlice();
    expect((await acmeOwner.json(`/api/people/${BOB.id}`, "DELETE")).status).toBe(204);
    expect((await server.store.users.get(BOB.id))?.accounts).toEqual([{ portal_id: "globex", role: "user" }]);
    expect(await refreshStatus(server, tokens.refresh_token ?? "")).toBe(400);
    expect((await people(acmeOwner)).map((person) => person.email)).toEqual(["alice@example.com"]);
    await expectError(
      await alice.json(`/api/people/${BOB.id}`, "PATCH", { role: "owner" }),
      403,
      "forbidden",
    );
  });

  it("withdraws a pending invitation by its row's id", async () => {
    const alice = await asAlice();
    await alice.json("/api/people/invitations", "POST", { email: "erin@example.com", role: "user" });
    const invited = (await people(alice)).find((person) => person.status === "invited");
    expect((await alice.json(`/api/people/${invited?.user_id}`, "DELETE")).status).toBe(204);
    expect((await people(alice)).some((person) => person.status === "invited")).toBe(false);
  });

  it("answers 409 last_owner for the last owner, 403 to an admin removing an owner, 404 for another portal's person", async () => {
    const alice = await asAlice();
    await expectError(await alice.json(`/api/people/${ALICE.id}`, "DELETE"), 409, "last_owner");
    const { browser } = await asAdmin();
    await expectError(await browser.json(`/api/people/${ALICE.id}`, "DELETE"), 403, "forbidden");
    await expectError(await alice.json(`/api/people/${CAROL.id}`, "DELETE"), 404, "not_found");
  });

  it("answers 401 without a session and 403 to a user", async () => {
    await expectError(
      await new TestBrowser(server.url).json(`/api/people/${BOB.id}`, "DELETE"),
      401,
      "unauthenticated",
    );
    await expectError(
      await (await signedInBrowser(server, BOB)).json(`/api/people/${ALICE.id}`, "DELETE"),
      403,
      "forbidden",
    );
  });
});

describe("POST /api/people/:user_id/password-reset", () => {
  it("answers 201 with a link to /reset-password valid 30 minutes", async () => {
    const response = await (await asAlice()).json(`/api/people/${BOB.id}/password-reset`, "POST");
    expect(response.status).toBe(201);
    const answer = resetLinkAnswerSchema.parse(await response.json());
    expect(answer.reset_url).toMatch(new RegExp(`^${server.url}/reset-password#[A-Za-z0-9_-]{43}$`));
    expect(Date.parse(answer.expires_at)).toBe((Math.floor(server.clock() / 1000) + 30 * 60) * 1000);
  });

  it("refuses an admin a link for an owner (403), and answers 404 for another portal's person", async () => {
    const { browser } = await asAdmin();
    await expectError(await browser.json(`/api/people/${ALICE.id}/password-reset`, "POST"), 403, "forbidden");
    await expectError(await browser.json(`/api/people/${CAROL.id}/password-reset`, "POST"), 404, "not_found");
  });

  it("answers 401 without a session and 403 to a user", async () => {
    await expectError(
      await new TestBrowser(server.url).json(`/api/people/${BOB.id}/password-reset`, "POST"),
      401,
      "unauthenticated",
    );
    await expectError(
      await (await signedInBrowser(server, BOB)).json(`/api/people/${BOB.id}/password-reset`, "POST"),
      403,
      "forbidden",
    );
  });
});
