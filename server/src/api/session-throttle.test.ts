import { afterEach, describe, expect, it } from "vitest";
import { BOB } from "../../test/fixtures.ts";
import { expectThrottled, signInFrom } from "../../test/from-address.ts";
import { startTestServer, type TestServer } from "../../test/harness.ts";
import { SIGN_IN_PER_ACCOUNT, SIGN_IN_PER_ADDRESS } from "../domain/throttle.ts";

let server: TestServer;
afterEach(async () => {
  await server.close({ remove: true });
});

/** Wrong passwords for as many different emails, so only the per-address counter grows. */
async function failAcrossEmails(count: number, options: Parameters<typeof signInFrom>[2] = {}) {
  for (let i = 0; i < count; i += 1) {
    const answer = await signInFrom(server.url, { email: `nobody-${i}@example.com`, password: "x" }, options);
    expect(answer.status).toBe(401);
  }
}

describe("POST /api/session — sign-in throttle (docs/security.md#throttling)", () => {
  it("N65 judges at most 10 of 60 concurrent wrong passwords for one email; the rest get 429 with Retry-After", async () => {
    server = await startTestServer();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        signInFrom(server.url, { email: "alice@example.com", password: `wrong-${i}` }),
      ),
    );
    const judged = answers.filter((answer) => answer.status === 401);
    expect(judged.length).toBeLessThanOrEqual(SIGN_IN_PER_ACCOUNT.limit);
    for (const answer of answers.filter((candidate) => candidate.status !== 401)) expectThrottled(answer);
  });

  it("N66 lets a correct sign-in from address B through while address A is throttled", async () => {
    server = await startTestServer();
    await failAcrossEmails(SIGN_IN_PER_ADDRESS.freeFailures, { localAddress: "127.0.0.2" });
    expectThrottled(await signInFrom(server.url, BOB, { localAddress: "127.0.0.2" }));
    expect((await signInFrom(server.url, BOB, { localAddress: "127.0.0.3" })).status).toBe(200);
  });

  it("N66 blocks an email from every address once its own limit is reached (the one exception)", async () => {
    server = await startTestServer();
    for (let i = 0; i < SIGN_IN_PER_ACCOUNT.limit; i += 1) {
      const answer = await signInFrom(
        server.url,
        { ...BOB, password: `wrong-${i}` },
        { localAddress: "127.0.0.2" },
      );
      expect(answer.status).toBe(401);
      server.clock.advance(2 ** (SIGN_IN_PER_ACCOUNT.limit - SIGN_IN_PER_ACCOUNT.freeFailures)); // past the back-off
    }
    expectThrottled(await signInFrom(server.url, BOB, { localAddress: "127.0.0.3" }));
  });

  it("N66 counts the socket's address, not a forged X-Forwarded-For, when TRUST_PROXY is unset", async () => {
    server = await startTestServer();
    for (let i = 0; i < SIGN_IN_PER_ADDRESS.freeFailures; i += 1) {
      const forged = { "x-forwarded-for": `203.0.113.${i + 1}` };
      const answer = await signInFrom(
        server.url,
        { email: `nobody-${i}@example.com`, password: "x" },
        { headers: forged },
      );
      expect(answer.status).toBe(401);
    }
    expectThrottled(await signInFrom(server.url, BOB, { headers: { "x-forwarded-for": "198.51.100.7" } }));
  });

  it("N66 counts the address the proxy forwards when TRUST_PROXY=1", async () => {
    server = await startTestServer({ env: { TRUST_PROXY: "1" } });
    await failAcrossEmails(SIGN_IN_PER_ADDRESS.freeFailures, {
      headers: { "x-forwarded-for": "203.0.113.7" },
    });
    expectThrottled(await signInFrom(server.url, BOB, { headers: { "x-forwarded-for": "203.0.113.7" } }));
    expect(
      (await signInFrom(server.url, BOB, { headers: { "x-forwarded-for": "203.0.113.8" } })).status,
    ).toBe(200);
  });
});
