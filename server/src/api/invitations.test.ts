import { sessionAnswerSchema, userAnswerSchema } from "@gatehouse/shared";
import { invitationAnswerSchema, invitationLookupAnswerSchema } from "@gatehouse/shared/schemas/people";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { signedInBrowser, signIn, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { lineLogger, useTestServer } from "../../test/harness.ts";
import { linkIn, startMailbox, tokenOf } from "../../test/mail.ts";
import { GOOD_PASSWORD } from "../../test/people.ts";

const mailbox = await startMailbox();
afterAll(() => mailbox.close());
beforeEach(() => mailbox.clear());

const logLines: string[] = [];
const server = useTestServer({ logger: lineLogger(logLines), mailer: mailbox.mailer });

/** Alice invites `email` to acme with `role`: the link's token. */
async function invite(email: string, role = "user"): Promise<string> {
  const alice = await signedInBrowser(server, ALICE, "acme");
  const response = await alice.json("/api/people/invitations", "POST", { email, role });
  expect(response.status).toBe(201);
  return tokenOf(invitationAnswerSchema.parse(await response.json()).invitation_url);
}

const accept = (browser: TestBrowser, body: object) => browser.json("/api/invitations/accept", "POST", body);

/** A new person's acceptance of `token` is refused with 410 expired. */
async function expectAcceptExpired(token: string) {
  const response = await accept(new TestBrowser(server.url), {
    token,
    display_name: "Erin",
    password: GOOD_PASSWORD,
  });
  await expectError(response, 410, "expired");
}

describe("POST /api/invitations/lookup (docs/api.md#people)", () => {
  it("answers 200 with the portal and the invited email", async () => {
    const token = await invite("erin@example.com");
    const response = await new TestBrowser(server.url).json("/api/invitations/lookup", "POST", { token });
    expect(response.status).toBe(200);
    expect(invitationLookupAnswerSchema.parse(await response.json())).toEqual({
      portal: { id: "acme", name: "Acme" },
      email: "erin@example.com",
    });
  });

  it("N75 answers 410 expired for an unknown, expired or used token alike", async () => {
    const browser = new TestBrowser(server.url);
    await expectError(
      await browser.json("/api/invitations/lookup", "POST", { token: "A".repeat(43) }),
      410,
      "expired",
    );
    const used = await invite("erin@example.com");
    expect(
      (await accept(browser, { token: used, display_name: "Erin", password: GOOD_PASSWORD })).status,
    ).toBe(200);
    await expectError(await browser.json("/api/invitations/lookup", "POST", { token: used }), 410, "expired");
    const old = await invite("frank@example.com");
    server.clock.advance(7 * 86_400);
    await expectError(await browser.json("/api/invitations/lookup", "POST", { token: old }), 410, "expired");
  });

  it("answers 400 invalid_request for a token that is no token", async () => {
    const response = await new TestBrowser(server.url).json("/api/invitations/lookup", "POST", {
      token: "../x",
    });
    await expectError(response, 400, "invalid_request");
  });
});

describe("POST /api/invitations/accept", () => {
  it("signs a new person in beside the account already signed in here (docs/api.md#several-accounts)", async () => {
    const token = await invite("erin@example.com");
    const browser = await signedInBrowser(server, BOB);
    const before = browser.cookies.get("gatehouse_session") ?? "";
    const response = await accept(browser, { token, display_name: "Erin Example", password: GOOD_PASSWORD });
    expect(response.status).toBe(200);
    const session = sessionAnswerSchema.parse(await (await browser.json("/api/session", "GET")).json());
    expect(session.accounts?.map((account) => [account.email, account.active])).toEqual([
      ["erin@example.com", true],
      [BOB.email, false],
    ]);
    // Bob's id was renamed at Erin's sign-in.
    expect(browser.cookies.get("gatehouse_session")?.split(".")).not.toContain(before);
  });

  it("mails the invitation, and a new person joins with a name and password and is signed in", async () => {
    await invite("erin@example.com", "admin");
    const mail = await mailbox.next("erin@example.com");
    expect(mail.subject).toBe("You are invited to Acme on Gatehouse");
    expect(mail.text).toContain("Alice Example invited you to join the portal Acme on Gatehouse.");
    expect(mail.text).toContain("within 7 days");
    const link = linkIn(mail, "/invite");
    expect(mail.html).toContain(`href="${link}"`);
    const browser = new TestBrowser(server.url);
    const response = await accept(browser, {
      token: tokenOf(link),
      display_name: "Erin Example",
      password: GOOD_PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(userAnswerSchema.parse(await response.json()).user).toEqual({
      email: "erin@example.com",
      display_name: "Erin Example",
      portal: { id: "acme", name: "Acme" },
      role: "admin",
    });
    expect((await browser.json("/api/people", "GET")).status).toBe(200);
    const erin = await server.store.users.findByEmail("erin@example.com");
    expect(erin?.accounts).toEqual([{ portal_id: "acme", role: "admin" }]);
    expect((await signIn(new TestBrowser(server.url), "erin@example.com", GOOD_PASSWORD)).status).toBe(200);
  });

  it("escapes the inviter's name in the HTML body", async () => {
    await server.store.users.change(ALICE.id, { display_name: "<b>Alice</b> & co" });
    await invite("erin@example.com");
    const mail = await mailbox.next("erin@example.com");
    expect(mail.html).toContain("&#60;b&#62;Alice&#60;/b&#62; &#38; co");
    expect(mail.html).not.toContain("<b>Alice");
  });

  it("N75 works once: a second use, even at the same moment, is 410 expired", async () => {
    const token = await invite("erin@example.com");
    const answers = await Promise.all(
      ["Erin One", "Erin Two", "Erin Three"].map((name) =>
        accept(new TestBrowser(server.url), { token, display_name: name, password: GOOD_PASSWORD }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410, 410]);
    await expectAcceptExpired(token);
  });

  it("answers 410 expired after 7 days", async () => {
    const token = await invite("erin@example.com");
    server.clock.advance(7 * 86_400 - 1);
    expect(
      (await new TestBrowser(server.url).json("/api/invitations/lookup", "POST", { token })).status,
    ).toBe(200);
    server.clock.advance(1);
    await expectAcceptExpired(token);
  });

  it("answers 400 weak_password, saying why, and the link still works after", async () => {
    const token = await invite("erin@example.com");
    const response = await accept(new TestBrowser(server.url), {
      token,
      display_name: "Erin",
      password: "password123",
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      error: "weak_password",
      error_description: expect.any(String),
    });
    const containsEmail = await accept(new TestBrowser(server.url), {
      token,
      display_name: "Erin",
      password: "erin-Quartz-Lantern-9",
    });
    await expectError(containsEmail, 400, "weak_password");
    expect(
      (await accept(new TestBrowser(server.url), { token, display_name: "Erin", password: GOOD_PASSWORD }))
        .status,
    ).toBe(200);
  });

  it("lets someone signed in with the invited email join with the token alone, keeping their other portals", async () => {
    const token = await invite("carol@example.com", "admin");
    const carol = await signedInBrowser(server, { email: "carol@example.com", password: "Carol-Pa55!" });
    const response = await accept(carol, { token });
    expect(response.status).toBe(200);
    expect(userAnswerSchema.parse(await response.json()).user.portal).toEqual({ id: "acme", name: "Acme" });
    expect((await server.store.users.findByEmail("carol@example.com"))?.accounts).toEqual([
      { portal_id: "globex", role: "owner" },
      { portal_id: "acme", role: "admin" },
    ]);
  });

  it("answers 401 to the token alone without a session, 403 when signed in with another email; the link stays usable", async () => {
    const token = await invite("carol@example.com");
    await expectError(await accept(new TestBrowser(server.url), { token }), 401, "unauthenticated");
    await expectError(await accept(await signedInBrowser(server, BOB), { token }), 403, "forbidden");
    const carol = await signedInBrowser(server, { email: "carol@example.com", password: "Carol-Pa55!" });
    expect((await accept(carol, { token })).status).toBe(200);
  });

  it("refuses a new-person answer for an email that has an account (400), without using the link", async () => {
    const token = await invite("carol@example.com");
    await expectError(
      await accept(new TestBrowser(server.url), { token, display_name: "Mallory", password: GOOD_PASSWORD }),
      400,
      "invalid_request",
    );
    expect(
      (await new TestBrowser(server.url).json("/api/invitations/lookup", "POST", { token })).status,
    ).toBe(200);
  });

  it("N75 never writes the token to a log line", async () => {
    const token = await invite("erin@example.com");
    await new TestBrowser(server.url).json("/api/invitations/lookup", "POST", { token });
    await accept(new TestBrowser(server.url), { token, display_name: "Erin", password: "short" });
    await accept(new TestBrowser(server.url), { token, display_name: "Erin", password: GOOD_PASSWORD });
    await accept(new TestBrowser(server.url), { token, display_name: "Erin", password: GOOD_PASSWORD });
    expect(logLines.length).toBeGreaterThan(3);
    expect(logLines.filter((line) => line.includes(token))).toEqual([]);
    expect(logLines.filter((line) => line.includes(GOOD_PASSWORD))).toEqual([]);
  });
});
