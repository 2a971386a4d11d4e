import { resetLinkAnswerSchema } from "@gatehouse/shared/schemas/people";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { signedInBrowser, signIn, TestBrowser } from "../../test/browser.ts";
import { ALICE, BOB } from "../../test/fixtures.ts";
import { requestFrom } from "../../test/from-address.ts";
import { lineLogger, useTestServer } from "../../test/harness.ts";
import { linkIn, startMailbox, tokenOf } from "../../test/mail.ts";
import { GOOD_PASSWORD } from "../../test/people.ts";
import { PASSWORD_RESET_PER_ADDRESS, PASSWORD_RESET_PER_EMAIL } from "../domain/throttle.ts";

const mailbox = await startMailbox();
afterAll(() => mailbox.close());
beforeEach(() => mailbox.clear());

const logLines: string[] = [];
const server = useTestServer({ logger: lineLogger(logLines), mailer: mailbox.mailer });
// Each test starts past the reset requests' windows (an hour per email), as if the last were long ago.
beforeEach(() => server.clock.advance(PASSWORD_RESET_PER_EMAIL.windowSeconds));

const requestReset = (email: string) =>
  new TestBrowser(server.url).json("/api/password-reset", "POST", { email });
const confirm = (token: string, new_password: string) =>
  new TestBrowser(server.url).json("/api/password-reset/confirm", "POST", { token, new_password });

/** Alice makes Bob a reset link: its token. */
async function adminResetToken(): Promise<string> {
  const alice = await signedInBrowser(server, ALICE, "acme");
  const response = await alice.json(`/api/people/${BOB.id}/password-reset`, "POST");
  return tokenOf(resetLinkAnswerSchema.parse(await response.json()).reset_url);
}

describe("POST /api/password-reset (docs/api.md#password-reset)", () => {
  it("answers 202 and mails a single-use link valid 30 minutes to a known email", async () => {
    const response = await requestReset("Bob@Example.com");
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("");
    const mail = await mailbox.next("bob@example.com");
    expect(mail.subject).toBe("Reset your Gatehouse password");
    expect(mail.text).toContain("for Acme on Gatehouse");
    expect(mail.text).toContain("within 30 minutes");
    expect(mail.from).toContain("gatehouse@example.com");
    const link = linkIn(mail, "/reset-password");
    expect(mail.html).toContain(`href="${link}"`);
    expect((await confirm(tokenOf(link), GOOD_PASSWORD)).status).toBe(204);
  });

  it("N75 answers an unknown email exactly as a known one, and mails nothing", async () => {
    const [known, unknown] = [await requestReset(BOB.email), await requestReset("nobody@example.com")];
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(await unknown.text()).toBe(await known.text());
    const names = (response: Response) =>
      [...response.headers.keys()].filter((name) => name !== "date").join();
    expect(names(unknown)).toBe(names(known));
    await mailbox.next("bob@example.com");
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(mailbox.received.some((mail) => mail.to.includes("nobody@example.com"))).toBe(false);
  });

  it("N75 answers known and unknown emails in the same time (medians within 0.7–1.4×)", async () => {
    // Each request's work after its answer (the lookup, the mail) is let finish before the next is timed.
    const time = async (email: string) => {
      const started = performance.now();
      const response = await requestReset(email);
      await response.text();
      const elapsed = performance.now() - started;
      if (email === BOB.email) await mailbox.next(BOB.email);
      else await new Promise((resolve) => setTimeout(resolve, 5));
      return elapsed;
    };
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 60; i += 1) {
      // Each round past the last one's windows: every known request here is one that mails.
      server.clock.advance(PASSWORD_RESET_PER_EMAIL.windowSeconds);
      // Alternate which goes first, so neither always runs on a warmer machine.
      if (i % 2 === 0) {
        known.push(await time(BOB.email));
        unknown.push(await time(`nobody-${i}@example.com`));
      } else {
        unknown.push(await time(`nobody-${i}@example.com`));
        known.push(await time(BOB.email));
      }
    }
    const ratio = median(unknown) / median(known);
    const medians = `median known ${median(known).toFixed(2)} ms, unknown ${median(unknown).toFixed(2)} ms`;
    expect(ratio, medians).toBeGreaterThanOrEqual(0.7);
    expect(ratio, medians).toBeLessThanOrEqual(1.4);
  }, 60_000);

  it("N75 mails one email at most 5 links an hour however many requests arrive at once, each answered 202", async () => {
    const first = mailbox.received.length;
    logLines.length = 0;
    const answers = await Promise.all(Array.from({ length: 12 }, () => requestReset(BOB.email)));
    expect(answers.map(({ status }) => status)).toEqual(Array(12).fill(202));
    for (let i = 0; i < PASSWORD_RESET_PER_EMAIL.limit; i += 1) await mailbox.next(BOB.email);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailbox.received.slice(first).filter((mail) => mail.to.includes(BOB.email))).toHaveLength(5);
    const dropped = logLines.filter((line) => line.includes("over its limits was dropped"));
    expect(dropped).toHaveLength(12 - PASSWORD_RESET_PER_EMAIL.limit);
    expect(dropped.filter((line) => line.includes(BOB.email))).toEqual([]);

    mailbox.clear();
    server.clock.advance(PASSWORD_RESET_PER_EMAIL.windowSeconds);
    expect((await requestReset(BOB.email)).status).toBe(202);
    const mail = await mailbox.next(BOB.email);
    expect((await confirm(tokenOf(linkIn(mail, "/reset-password")), GOOD_PASSWORD)).status).toBe(204);
  });

  it("N75 counts an unknown email as a known one, and audits a request past its limit as throttled", async () => {
    // Were only known emails counted, an attacker could tell them from unknown ones by the dropped line.
    const since = server.clock();
    const requested = async () => {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the work after the answer
      await server.audit.flush();
      const events = await server.store.audit.list({ event: "password.reset_requested", since, limit: 100 });
      return events.map(({ user_id, details }) => ({ user_id, details }));
    };
    for (let i = 0; i < PASSWORD_RESET_PER_EMAIL.limit; i += 1)
      await requestReset("nobody-counted@example.com");
    expect(await requested()).toEqual(
      Array(PASSWORD_RESET_PER_EMAIL.limit).fill({ user_id: null, details: { by: "email", actor_id: null } }),
    );
    logLines.length = 0;
    expect((await requestReset("nobody-counted@example.com")).status).toBe(202);
    expect((await requested())[0]).toEqual({
      user_id: null,
      details: { by: "email", reason: "throttled", actor_id: null },
    });
    expect(logLines.filter((line) => line.includes("over its limits was dropped"))).toHaveLength(1);
  });

  it("N66 stops mailing for an address past 30 requests in 15 minutes; another address is still served", async () => {
    const from = (localAddress: string, email: string) =>
      requestFrom(new URL("/api/password-reset", server.url).href, {
        headers: { "content-type": "application/json", origin: server.url },
        body: JSON.stringify({ email }),
        localAddress,
      });
    const first = mailbox.received.length;
    const burst = await Promise.all(
      Array.from({ length: PASSWORD_RESET_PER_ADDRESS.limit }, (_, i) =>
        from("127.0.0.2", `nobody-${i}@example.com`),
      ),
    );
    expect(burst.every(({ status }) => status === 202)).toBe(true);
    expect((await from("127.0.0.2", BOB.email)).status).toBe(202);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(mailbox.received.slice(first)).toHaveLength(0);
    expect((await from("127.0.0.3", BOB.email)).status).toBe(202);
    await mailbox.next(BOB.email);
  });

  it("answers 400 invalid_request for a body without an email", async () => {
    await expectError(
      await new TestBrowser(server.url).json("/api/password-reset", "POST", {}),
      400,
      "invalid_request",
    );
  });
});

describe("POST /api/password-reset/confirm", () => {
  it("answers 204, sets the password and N75 ends every session of the person", async () => {
    const bob = await signedInBrowser(server, BOB);
    expect((await confirm(await adminResetToken(), GOOD_PASSWORD)).status).toBe(204);
    expect((await bob.json("/api/session", "GET")).status).toBe(401);
    expect((await signIn(new TestBrowser(server.url), BOB.email, BOB.password)).status).toBe(401);
    expect((await signIn(new TestBrowser(server.url), BOB.email, GOOD_PASSWORD)).status).toBe(200);
  });

  it("N75 works once: a second use, even at the same moment, is 410 expired", async () => {
    const token = await adminResetToken();
    const answers = await Promise.all([1, 2, 3].map(() => confirm(token, GOOD_PASSWORD)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([204, 410, 410]);
    await expectError(await confirm(token, `${GOOD_PASSWORD}!`), 410, "expired");
  });

  it("answers 410 expired after 30 minutes and for an unknown or invitation token", async () => {
    const token = await adminResetToken();
    server.clock.advance(30 * 60);
    await expectError(await confirm(token, GOOD_PASSWORD), 410, "expired");
    await expectError(await confirm("B".repeat(43), GOOD_PASSWORD), 410, "expired");
    const alice = await signedInBrowser(server, ALICE, "acme");
    const invited = await alice.json("/api/people/invitations", "POST", {
      email: "erin@example.com",
      role: "user",
    });
    const invitation = tokenOf(((await invited.json()) as { invitation_url: string }).invitation_url);
    await expectError(await confirm(invitation, GOOD_PASSWORD), 410, "expired");
  });

  it("answers 400 weak_password and leaves the link usable", async () => {
    const token = await adminResetToken();
    await expectError(await confirm(token, "bob12345678"), 400, "weak_password");
    await expectError(await confirm(token, "short"), 400, "weak_password");
    expect((await confirm(token, GOOD_PASSWORD)).status).toBe(204);
  });

  it("N75 never writes the token or the new password to a log line", async () => {
    await requestReset(BOB.email);
    const token = tokenOf(linkIn(await mailbox.next("bob@example.com"), "/reset-password"));
    await confirm(token, "short");
    await confirm(token, GOOD_PASSWORD);
    await confirm(token, GOOD_PASSWORD);
    expect(logLines.length).toBeGreaterThan(3);
    expect(logLines.filter((line) => line.includes(token) || line.includes(GOOD_PASSWORD))).toEqual([]);
  });
});
