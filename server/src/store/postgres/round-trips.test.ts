import { createHash } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizeThroughSpa } from "../../../test/browser.ts";
import { NOTES } from "../../../test/fixtures.ts";
import { startTestServer, type TestServer } from "../../../test/harness.ts";
import { codeOf, postToken, redeemAsNotes, tokensOf } from "../../../test/oauth-app.ts";
import { createTestDatabase } from "../../../test/postgres.ts";
import { issued, next } from "../../../test/store-contract/records.ts";
import type { Store } from "../types.ts";
import { openPostgresStore } from "./open-postgres-store.ts";

/** How the store keys codes and refresh tokens (docs/security.md#secrets-at-rest). */
const sha256 = (value: string) => createHash("sha256").update(value).digest("base64url");

/** What the server's connections did on the wire: round trips (one per `Sync`, answered by ReadyForQuery) and parses. */
const wire = { roundTrips: 0, parses: 0 };

/**
 * A real node-postgres client that counts, on the wire, the round trips it completes and the
 * statements the server parsed for it (a prepared statement is parsed once per connection).
 */
class CountingClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    this.connection.on("readyForQuery", () => {
      wire.roundTrips += 1;
    });
    this.connection.on("parseComplete", () => {
      wire.parses += 1;
    });
  }
}

/** The round trips and parses `work` caused, the server otherwise idle. */
async function counted(work: () => Promise<unknown>): Promise<{ roundTrips: number; parses: number }> {
  const before = { ...wire };
  await work();
  return { roundTrips: wire.roundTrips - before.roundTrips, parses: wire.parses - before.parses };
}

const database = await createTestDatabase("the Postgres round trips");
let store: Store;
let server: TestServer;

beforeAll(async () => {
  // Two connections (`exclusively` holds one while seeding); statements one after another take the last released.
  store = await openPostgresStore(database.url, { Client: CountingClient, max: 2 });
  server = await startTestServer({ store });
});
afterAll(async () => {
  await server.close({ remove: true });
  await database.drop();
});

const freshCode = async () =>
  codeOf(await authorizeThroughSpa(server, { params: { scope: "openid profile files:read" } }));

const refreshAsNotes = (refreshToken: string) =>
  postToken(server.url, { grant_type: "refresh_token", refresh_token: refreshToken, ...NOTES });

/**
 * A confidential client's token request: authenticate the client (1), read the throttle windows of
 * its two keys (1), read what the grant needs (1), then the redemption or rotation itself (1).
 * @see docs/operations.md#postgresql
 */
const TOKEN_REQUEST = { roundTrips: 4, parses: 0 };

describe("the postgres engine's round trips at the token endpoint", () => {
  it("redeems a code in one statement, the whole request in four round trips, every statement prepared", async () => {
    await tokensOf(await redeemAsNotes(server.url, await freshCode()));
    const code = await freshCode();
    const redemption = await counted(async () => tokensOf(await redeemAsNotes(server.url, code)));
    expect(redemption).toEqual(TOKEN_REQUEST);
  });

  it("rotates a refresh token in one statement, the whole request in four round trips", async () => {
    const first = await tokensOf(await redeemAsNotes(server.url, await freshCode()));
    const warm = await tokensOf(await refreshAsNotes(first.refresh_token));
    const rotation = await counted(async () => tokensOf(await refreshAsNotes(warm.refresh_token)));
    expect(rotation).toEqual(TOKEN_REQUEST);
  });

  it("sends the redemption's and the rotation's writes as one round trip each", async () => {
    const { refresh_token } = await tokensOf(await redeemAsNotes(server.url, await freshCode()));
    const tokenHash = sha256(refresh_token);
    const read = await store.tokens.getRefreshTokenWithGrant(tokenHash);
    if (!read?.family) throw new Error("the refresh token's family was not read");
    const familyId = read.family.id;
    expect(
      await counted(() =>
        store.tokens.rotateRefreshToken(tokenHash, read.token.created_at + 1, next(familyId)),
      ),
    ).toMatchObject({ roundTrips: 1 });

    const codeHash = sha256(await freshCode());
    const found = await store.codes.getWithGrant(codeHash);
    if (!found) throw new Error("the code was not read");
    const tokens = issued({ id: found.code.family_id });
    expect(
      await counted(() => store.codes.redeem(codeHash, found.code.created_at + 1, tokens)),
    ).toMatchObject({ roundTrips: 1 });
  });
});
