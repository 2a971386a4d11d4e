import { errorBodySchema, sessionAnswerSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { auditEvents } from "../../test/audit.ts";
import {
  ALICE,
  BOB,
  CAROL,
  type Credentials,
  signedInBrowser,
  signIn,
  TestBrowser,
  useTestServer,
} from "../../test/harness.ts";
import { passkeySignInOptions, registeredAuthenticator } from "../../test/passkeys.ts";
import { addPerson } from "../../test/people.ts";
import { codeAt, passPassword, passSecondFactor, personWithTotp } from "../../test/second-factors.ts";

// #18: several accounts in one browser, one session cookie (docs/api.md#several-accounts).

const server = useTestServer();

const SESSION_COOKIE = "gatehouse_session";

async function showSession(browser: TestBrowser) {
  const response = await browser.json("/api/session", "GET");
  expect(response.status).toBe(200);
  return sessionAnswerSchema.parse(await response.json());
}

/** The signed-in accounts' emails, active first. */
async function accountEmails(browser: TestBrowser): Promise<string[]> {
  return ((await showSession(browser)).accounts ?? []).map((account) => account.email);
}

async function addAccount(browser: TestBrowser, person: Credentials) {
  expect((await signIn(browser, person.email, person.password)).status).toBe(200);
}

/** A browser signed in as alice, then bob: bob active. */
async function aliceAndBob(): Promise<TestBrowser> {
  const browser = await signedInBrowser(server, ALICE);
  await addAccount(browser, BOB);
  return browser;
}

/** A browser holding exactly `cookie` as its session cookie. */
function browserWith(cookie: string): TestBrowser {
  const browser = new TestBrowser(server.url);
  browser.cookies.set(SESSION_COOKIE, cookie);
  return browser;
}

/** Makes `account` the active one on `portalId`, as the account menu does. */
const switchTo = (browser: TestBrowser, account: string, portalId: string) =>
  browser.json("/api/session/portal", "POST", { portal_id: portalId, account });

const sessionsOf = (userId: string) => server.store.sessions.listByUser(userId);

describe("signing in while signed in adds the person", () => {
  it("keeps alice signed in beside bob, in one cookie, bob active", async () => {
    const browser = await aliceAndBob();
    const answer = await showSession(browser);
    expect(answer.user.email).toBe(BOB.email);
    expect(answer.portals).toEqual([{ id: "acme", name: "Acme" }]);
    expect(answer.accounts).toEqual([
      {
        user_id: BOB.id,
        email: BOB.email,
        display_name: "Bob Example",
        portals: [{ id: "acme", name: "Acme" }],
        active: true,
      },
      {
        user_id: ALICE.id,
        email: ALICE.email,
        display_name: "Alice Example",
        portals: [
          { id: "acme", name: "Acme" },
          { id: "globex", name: "Globex" },
        ],
        active: false,
      },
    ]);
    expect(browser.cookies.get(SESSION_COOKIE)?.split(".")).toHaveLength(2);
    // Each account keeps its own session record.
    expect(await sessionsOf(ALICE.id)).toHaveLength(1);
    expect(await sessionsOf(BOB.id)).toHaveLength(1);
  });

  it("B10 renames alice's session id at bob's sign-in: the cookie seen before it no longer works", async () => {
    const browser = await signedInBrowser(server, ALICE);
    const before = browser.cookies.get(SESSION_COOKIE) ?? "";
    await addAccount(browser, BOB);
    const after = browser.cookies.get(SESSION_COOKIE) ?? "";
    expect(after.split(".")).not.toContain(before);
    expect((await browserWith(before).json("/api/session", "GET")).status).toBe(401);
    // Alice's session is the same one, under a new id: same sign-in time, still signed in.
    const [session] = await sessionsOf(ALICE.id);
    expect(session?.auth_time_ms).toBe(server.clock());
    expect(await accountEmails(browser)).toEqual([BOB.email, ALICE.email]);
  });

  it("replaces alice's own session when she signs in again, keeping bob", async () => {
    const browser = await aliceAndBob();
    const [first] = await sessionsOf(ALICE.id);
    server.clock.advance(60);
    await addAccount(browser, ALICE);
    expect(await accountEmails(browser)).toEqual([ALICE.email, BOB.email]);
    const sessions = await sessionsOf(ALICE.id);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]?.id_hash).not.toBe(first?.id_hash);
    expect(sessions[0]?.auth_time_ms).toBe(server.clock());
  });

  it("adds a person who passes a second factor, and keeps the others", async () => {
    const { secret } = await personWithTotp(server, CAROL);
    const browser = await aliceAndBob();
    await passPassword(browser, CAROL);
    // Between the password and the code, the accounts already signed in stay as they were.
    expect(await accountEmails(browser)).toEqual([BOB.email, ALICE.email]);
    expect((await passSecondFactor(browser, "totp", codeAt(secret, server.clock()))).status).toBe(200);
    expect(await accountEmails(browser)).toEqual([CAROL.email, BOB.email, ALICE.email]);
    const carol = (await sessionsOf(CAROL.id)).at(-1);
    expect(carol?.amr).toEqual(expect.arrayContaining(["otp", "mfa"]));
  });

  it("adds a person who signs in with a passkey alone", async () => {
    const bob = await signedInBrowser(server, BOB);
    const authenticator = await registeredAuthenticator(bob, { synced: true });
    const browser = await signedInBrowser(server, ALICE);
    const options = await passkeySignInOptions(browser);
    const response = await browser.json("/api/session/passkey", "POST", {
      response: authenticator.assert(options),
    });
    expect(response.status).toBe(200);
    expect(await accountEmails(browser)).toEqual([BOB.email, ALICE.email]);
  });

  it("ends the least recently active account's session when a sixth signs in", async () => {
    const browser = await aliceAndBob();
    await addAccount(browser, CAROL);
    const more = [];
    for (const name of ["dave", "erin", "frank"]) {
      more.push(await addPerson(server.store, `${name}@example.com`, [{ portal_id: "acme", role: "user" }]));
    }
    for (const person of more) await addAccount(browser, person);
    expect(await accountEmails(browser)).toEqual([
      "frank@example.com",
      "erin@example.com",
      "dave@example.com",
      CAROL.email,
      BOB.email,
    ]);
    expect(await sessionsOf(ALICE.id)).toEqual([]);
    const ended = await auditEvents(server, await signedInBrowser(server, ALICE, "acme"), {
      event: "signed_out",
    });
    expect(ended.map((event) => event.person?.user_id)).toEqual([ALICE.id]);
  });

  it("J: throttles per email: alice's locked email does not keep bob from signing in beside her", async () => {
    const browser = await signedInBrowser(server, ALICE);
    const attacker = new TestBrowser(server.url);
    let status = 0;
    for (let attempt = 0; attempt < 11; attempt += 1) {
      status = (await signIn(attacker, ALICE.email, "wrong-password")).status;
    }
    expect(status).toBe(429);
    expect((await signIn(browser, ALICE.email, ALICE.password)).status).toBe(429);
    await addAccount(browser, BOB);
    expect(await accountEmails(browser)).toEqual([BOB.email, ALICE.email]);
  });
});

describe("GET /api/session", () => {
  it("drops an account whose session ended (idle) from the cookie silently", async () => {
    const browser = await signedInBrowser(server, ALICE);
    server.clock.advance(20 * 60);
    await addAccount(browser, BOB);
    server.clock.advance(20 * 60);
    // Alice unused for 40 minutes (idle timeout 30), bob for 20.
    expect(await accountEmails(browser)).toEqual([BOB.email]);
    expect(browser.cookies.get(SESSION_COOKIE)?.split(".")).toHaveLength(1);
  });

  it("keeps a cookie whose ids all died: it may be one read before another tab's sign-in renamed them", async () => {
    const browser = await signedInBrowser(server, ALICE);
    const before = browser.cookies.get(SESSION_COOKIE) ?? "";
    await addAccount(browser, BOB);
    const stale = browserWith(before);
    const response = await stale.json("/api/session", "GET");
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
  });

  it("ignores what is not a session id in the cookie", async () => {
    const browser = await signedInBrowser(server, BOB);
    const cookie = browser.cookies.get(SESSION_COOKIE) ?? "";
    const answer = await showSession(browserWith(`${cookie}.not an id!.${"x".repeat(43)}`));
    expect(answer.accounts?.map((account) => account.email)).toEqual([BOB.email]);
  });
});

describe("POST /api/session/portal with account", () => {
  it("makes alice active again on the portal she picks; bob stays signed in", async () => {
    const browser = await aliceAndBob();
    const response = await switchTo(browser, ALICE.id, "globex");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: {
        email: ALICE.email,
        display_name: "Alice Example",
        portal: { id: "globex", name: "Globex" },
        role: "user",
      },
    });
    const answer = await showSession(browser);
    expect(answer.user.email).toBe(ALICE.email);
    expect(answer.accounts?.map((account) => [account.email, account.active])).toEqual([
      [ALICE.email, true],
      [BOB.email, false],
    ]);
  });

  it("answers 401 alike for an account not signed in here, whether it exists or not", async () => {
    const browser = await aliceAndBob();
    for (const account of [CAROL.id, "no-such-person"]) {
      const response = await switchTo(browser, account, "globex");
      expect(response.status).toBe(401);
      expect(errorBodySchema.parse(await response.json()).error).toBe("unauthenticated");
    }
    expect(await accountEmails(browser)).toEqual([BOB.email, ALICE.email]);
  });

  it("refuses a portal of another signed-in account: bob cannot act on globex", async () => {
    const browser = await aliceAndBob();
    const response = await switchTo(browser, BOB.id, "globex");
    expect(response.status).toBe(400);
  });
});

describe("one account's data while another is active", () => {
  it("shows only the active account on the account page and the admin pages", async () => {
    const browser = await signedInBrowser(server, ALICE, "acme");
    await addAccount(browser, BOB);
    // Bob is active: his account, and no owner's pages, though alice (acme's owner) is signed in too.
    const account = await browser.json("/api/account", "GET");
    expect(JSON.stringify(await account.json())).not.toContain(ALICE.email);
    expect((await browser.json("/api/clients", "GET")).status).toBe(403);
    expect((await browser.json("/api/audit", "GET")).status).toBe(403);
    expect((await switchTo(browser, ALICE.id, "acme")).status).toBe(200);
    expect((await browser.json("/api/clients", "GET")).status).toBe(200);
    expect(JSON.stringify(await (await browser.json("/api/account", "GET")).json())).not.toContain(BOB.email);
  });
});

describe("DELETE /api/session", () => {
  it("with account ends that account only; the next one becomes active", async () => {
    const browser = await aliceAndBob();
    const before = browser.cookies.get(SESSION_COOKIE) ?? "";
    expect((await browser.json(`/api/session?account=${BOB.id}`, "DELETE")).status).toBe(204);
    expect(await accountEmails(browser)).toEqual([ALICE.email]);
    expect(await sessionsOf(BOB.id)).toEqual([]);
    expect(await sessionsOf(ALICE.id)).toHaveLength(1);
    // Bob's id in the old cookie is dead; alice's still works.
    expect((await showSession(browserWith(before))).accounts?.map((account) => account.email)).toEqual([
      ALICE.email,
    ]);
    const ended = await auditEvents(server, await signedInBrowser(server, ALICE, "acme"), {
      event: "signed_out",
    });
    expect(ended.map((event) => event.person?.user_id)).toEqual([BOB.id]);
  });

  it("with the only account's id ends it and clears the cookie", async () => {
    const browser = await signedInBrowser(server, BOB);
    expect((await browser.json(`/api/session?account=${BOB.id}`, "DELETE")).status).toBe(204);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    expect(await sessionsOf(BOB.id)).toEqual([]);
  });

  it("with an account not signed in here ends nothing", async () => {
    const browser = await aliceAndBob();
    expect((await browser.json(`/api/session?account=${CAROL.id}`, "DELETE")).status).toBe(204);
    expect(await accountEmails(browser)).toEqual([BOB.email, ALICE.email]);
    expect(await sessionsOf(CAROL.id)).toEqual([]);
  });

  it("without account signs out of every account, each audited for its own person", async () => {
    const browser = await aliceAndBob();
    const before = browser.cookies.get(SESSION_COOKIE) ?? "";
    expect((await browser.json("/api/session", "DELETE")).status).toBe(204);
    expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
    expect((await browserWith(before).json("/api/session", "GET")).status).toBe(401);
    expect(await sessionsOf(ALICE.id)).toEqual([]);
    expect(await sessionsOf(BOB.id)).toEqual([]);
    const ended = await auditEvents(server, await signedInBrowser(server, ALICE, "acme"), {
      event: "signed_out",
    });
    expect(ended.map((event) => event.person?.user_id).sort()).toEqual([ALICE.id, BOB.id].sort());
  });
});
