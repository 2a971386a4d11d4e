import { afterAll, afterEach, describe, expect, it } from "vitest";
import { DEMO } from "../../test/fixtures.ts";
import { type Answer, errorOf, expectThrottled, postTokenFrom } from "../../test/from-address.ts";
import { startTestServer, type TestServer } from "../../test/harness.ts";
import { createTestDatabase } from "../../test/postgres.ts";
import { CLIENT_AUTHENTICATION } from "../domain/throttle.ts";
import { openPostgresStore } from "../store/postgres/open-postgres-store.ts";

// Over PostgreSQL each store call is a round trip, so concurrent requests interleave between them.
const database = await createTestDatabase("N65 client authentication on the Postgres engine");
afterAll(() => database.drop());

let server: TestServer;
afterEach(async () => {
  await server.close({ remove: true });
});

/** A refresh with a token that does not exist: authentication decides between 401/429 and 400. */
const notesRefresh = (secret: string, clientId: string = DEMO.notes.client_id) => ({
  grant_type: "refresh_token",
  refresh_token: "no-such-refresh-token",
  client_id: clientId,
  client_secret: secret,
});

/** Authenticated: 400 invalid_grant (the refresh token is what is wrong). */
function expectAuthenticated(answer: Answer) {
  expect(answer.status).toBe(400);
  expect(errorOf(answer)).toBe("invalid_grant");
}

async function guessWrongSecrets(count: number, options: Parameters<typeof postTokenFrom>[2] = {}) {
  for (let guess = 0; guess < count; guess += 1) {
    const answer = await postTokenFrom(server.url, notesRefresh(`guess-${guess}`), options);
    expect(answer.status).toBe(401);
  }
}

describe("POST /oauth2/token — client authentication throttle (docs/security.md#throttling)", () => {
  it("N65 judges at most the free attempts of 60 concurrent bad secrets for one client; the rest get 429 with Retry-After", async () => {
    server = await startTestServer();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, guess) => postTokenFrom(server.url, notesRefresh(`guess-${guess}`))),
    );
    const judged = answers.filter((answer) => answer.status === 401);
    const refused = answers.filter((answer) => answer.status !== 401);
    expect(judged.length).toBeLessThanOrEqual(CLIENT_AUTHENTICATION.freeFailures);
    for (const answer of refused) expectThrottled(answer);
  });

  it("N65 judges at most the free attempts of 60 concurrent bad secrets for one client on PostgreSQL", async () => {
    server = await startTestServer({ store: await openPostgresStore(database.url) });
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, guess) => postTokenFrom(server.url, notesRefresh(`guess-${guess}`))),
    );
    const judged = answers.filter((answer) => answer.status === 401);
    expect(judged.length).toBeLessThanOrEqual(CLIENT_AUTHENTICATION.freeFailures);
    for (const answer of answers.filter((candidate) => candidate.status !== 401)) expectThrottled(answer);
  });

  it("N66 never throttles before the 5th failure within 15 minutes", async () => {
    server = await startTestServer();
    await guessWrongSecrets(4);
    expectAuthenticated(await postTokenFrom(server.url, notesRefresh(DEMO.notes.client_secret)));
  });

  it("N66 lets a correct request from address B through while address A is locked out for the same client", async () => {
    server = await startTestServer();
    await guessWrongSecrets(CLIENT_AUTHENTICATION.freeFailures, { localAddress: "127.0.0.2" });
    const right = notesRefresh(DEMO.notes.client_secret);
    expectThrottled(await postTokenFrom(server.url, right, { localAddress: "127.0.0.2" }));
    expectAuthenticated(await postTokenFrom(server.url, right, { localAddress: "127.0.0.3" }));
  });

  it("N66 counts the socket's address, not a forged X-Forwarded-For, when TRUST_PROXY is unset", async () => {
    server = await startTestServer();
    for (let guess = 0; guess < CLIENT_AUTHENTICATION.freeFailures; guess += 1) {
      const forged = { "x-forwarded-for": `203.0.113.${guess + 1}` };
      const answer = await postTokenFrom(server.url, notesRefresh(`guess-${guess}`), { headers: forged });
      expect(answer.status).toBe(401);
    }
    const right = notesRefresh(DEMO.notes.client_secret);
    expectThrottled(
      await postTokenFrom(server.url, right, { headers: { "x-forwarded-for": "198.51.100.7" } }),
    );
  });

  it.each(["1", "127.0.0.1", "10.0.0.0/8, 127.0.0.0/8"])(
    "N66 counts the address a trusted proxy forwards when TRUST_PROXY=%s",
    async (trustProxy) => {
      server = await startTestServer({ env: { TRUST_PROXY: trustProxy } });
      await guessWrongSecrets(CLIENT_AUTHENTICATION.freeFailures, {
        headers: { "x-forwarded-for": "203.0.113.7" },
      });
      const right = notesRefresh(DEMO.notes.client_secret);
      expectThrottled(
        await postTokenFrom(server.url, right, { headers: { "x-forwarded-for": "203.0.113.7" } }),
      );
      expectAuthenticated(
        await postTokenFrom(server.url, right, { headers: { "x-forwarded-for": "203.0.113.8" } }),
      );
    },
  );

  it("N66 ignores X-Forwarded-For from a socket that is not a listed proxy", async () => {
    server = await startTestServer({ env: { TRUST_PROXY: "10.0.0.1" } });
    await guessWrongSecrets(CLIENT_AUTHENTICATION.freeFailures, {
      headers: { "x-forwarded-for": "203.0.113.7" },
    });
    const right = notesRefresh(DEMO.notes.client_secret);
    expectThrottled(
      await postTokenFrom(server.url, right, { headers: { "x-forwarded-for": "203.0.113.8" } }),
    );
  });
});
