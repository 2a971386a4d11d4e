import { decodeJwt } from "jose";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { TestBrowser } from "../../test/browser.ts";
import { BOB } from "../../test/fixtures.ts";
import { startTestServer, type TestServer } from "../../test/harness.ts";
import { notesTokens } from "../../test/people.ts";
import { createTestDatabase } from "../../test/postgres.ts";
import { codeAt, passPassword, passSecondFactor, personWithTotp } from "../../test/second-factors.ts";
import { SIGN_IN_PER_ACCOUNT } from "../domain/throttle.ts";
import { openPostgresStore } from "../store/postgres/open-postgres-store.ts";

const database = await createTestDatabase("N76 second factors on the Postgres engine");
afterAll(() => database.drop());

let server: TestServer;
beforeEach(async () => {
  await database.truncate();
  server = await startTestServer({ store: await openPostgresStore(database.url) });
});
afterEach(async () => {
  await server.close({ remove: true });
});

describe("POST /api/session/second-factor on PostgreSQL", () => {
  it("N76 signs in with the app once however many browsers race with one code, and the ID token says pwd, otp, mfa", async () => {
    const { secret } = await personWithTotp(server, BOB);
    const browsers = Array.from({ length: 4 }, () => new TestBrowser(server.url));
    for (const browser of browsers) await passPassword(browser, BOB);
    const code = codeAt(secret, server.clock());
    const answers = await Promise.all(browsers.map((browser) => passSecondFactor(browser, "totp", code)));
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401, 401]);
    const winner = browsers[answers.findIndex((answer) => answer.status === 200)];
    if (!winner) throw new Error("no browser signed in");
    expect(decodeJwt((await notesTokens(server, winner, BOB)).id_token ?? "").amr).toEqual([
      "pwd",
      "otp",
      "mfa",
    ]);
  });

  it("N76 uses a recovery code once across racing browsers, and throttles a burst of wrong codes to 429", async () => {
    const { recoveryCodes } = await personWithTotp(server, BOB);
    const browsers = Array.from({ length: 3 }, () => new TestBrowser(server.url));
    for (const browser of browsers) await passPassword(browser, BOB);
    const code = recoveryCodes[0] ?? "";
    const answers = await Promise.all(
      browsers.map((browser) => passSecondFactor(browser, "recovery_code", code)),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 401, 401]);
    const guesser = new TestBrowser(server.url);
    await passPassword(guesser, BOB);
    const guesses = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        passSecondFactor(guesser, "recovery_code", `zzzzz-${String(i).padStart(5, "0")}`),
      ),
    );
    expect(guesses.filter((answer) => answer.status === 401).length).toBeLessThanOrEqual(
      SIGN_IN_PER_ACCOUNT.limit,
    );
    await expectError(
      await passSecondFactor(guesser, "recovery_code", recoveryCodes[1] ?? ""),
      429,
      "too_many_requests",
    );
  });
});
