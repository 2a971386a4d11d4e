import { request } from "node:http";
import { errorBodySchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { CLIENT_AUTHENTICATION } from "../../src/domain/throttle.ts";
import { DEMO } from "../fixtures.ts";
import { useTestServer } from "../harness.ts";

/**
 * J53: guessing a client_secret at the token endpoint is throttled per client_id and address together, and per address
 * (server/src/domain/throttle.ts, CLIENT_AUTHENTICATION); the comparison itself is constant-time
 * (server/src/domain/constant-time.test.ts).
 */

const server = useTestServer();

/** Another address of the loopback network: the server sees a second caller. */
const OTHER_ADDRESS = "127.0.0.2";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** `POST /oauth2/token` from `localAddress` (127.0.0.1 by default). */
function postTokenFrom(issuer: string, form: Record<string, string>, localAddress = "127.0.0.1") {
  const body = new URLSearchParams(form).toString();
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      new URL("/oauth2/token", issuer),
      {
        method: "POST",
        localAddress,
        agent: false,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString("utf8"),
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

/** A refresh with a token that does not exist: authentication decides between 401/429 and 400. */
const notesRefresh = (secret: string) => ({
  grant_type: "refresh_token",
  refresh_token: "no-such-refresh-token",
  client_id: DEMO.notes.client_id,
  client_secret: secret,
});

function errorOf(answer: Answer): string {
  return errorBodySchema.parse(JSON.parse(answer.body)).error;
}

async function guessWrongSecrets(count: number, localAddress?: string) {
  for (let guess = 0; guess < count; guess += 1) {
    const answer = await postTokenFrom(server.url, notesRefresh(`guess-${guess}`), localAddress);
    expect(answer.status).toBe(401);
    expect(errorOf(answer)).toBe("invalid_client");
  }
}

describe("J53 guessing client_secret values at /oauth2/token", () => {
  it("J53 answers 429 with Retry-After after the free wrong secrets, refusing even the right one", async () => {
    await guessWrongSecrets(CLIENT_AUTHENTICATION.freeFailures);

    const wrong = await postTokenFrom(server.url, notesRefresh("one-more-guess"));
    expect(wrong.status).toBe(429);
    expect(errorOf(wrong)).toBe("too_many_requests");
    expect(wrong.headers["retry-after"]).toBe("1");

    const right = await postTokenFrom(server.url, notesRefresh(DEMO.notes.client_secret));
    expect(right.status).toBe(429);
    expect(errorOf(right)).toBe("too_many_requests");
    expect(right.headers["retry-after"]).toBe("1");
  });

  it("J53 lets the right secret through once Retry-After has passed, and doubles the wait on the next wrong one", async () => {
    await guessWrongSecrets(CLIENT_AUTHENTICATION.freeFailures);
    server.clock.advance(1);
    const right = await postTokenFrom(server.url, notesRefresh(DEMO.notes.client_secret));
    // Authenticated: the refresh token is what is wrong now.
    expect(right.status).toBe(400);
    expect(errorOf(right)).toBe("invalid_grant");

    const wrong = await postTokenFrom(server.url, notesRefresh("another-guess"));
    expect(wrong.status).toBe(401);
    const next = await postTokenFrom(server.url, notesRefresh(DEMO.notes.client_secret));
    expect(next.status).toBe(429);
    expect(next.headers["retry-after"]).toBe("2");
  });

  it("J53 N66 throttles the client_id per address: another address with the right secret is not locked out (docs/api.md#token-endpoint)", async () => {
    await guessWrongSecrets(CLIENT_AUTHENTICATION.freeFailures);
    const here = await postTokenFrom(server.url, notesRefresh(DEMO.notes.client_secret));
    expect(here.status).toBe(429);
    expect(here.headers["retry-after"]).toBe("1");
    const elsewhere = await postTokenFrom(server.url, notesRefresh(DEMO.notes.client_secret), OTHER_ADDRESS);
    expect(elsewhere.status).toBe(400);
    expect(errorOf(elsewhere)).toBe("invalid_grant");
  });

  it("J53 leaves another client at another address unaffected", async () => {
    await guessWrongSecrets(CLIENT_AUTHENTICATION.freeFailures);
    const mobile = await postTokenFrom(
      server.url,
      {
        grant_type: "refresh_token",
        refresh_token: "no-such-refresh-token",
        client_id: DEMO.mobile.client_id,
      },
      OTHER_ADDRESS,
    );
    expect(mobile.status).toBe(400);
    expect(errorOf(mobile)).toBe("invalid_grant");
  });

  it("J53 throttles an address that guesses across many client_ids, and only that address", async () => {
    for (let guess = 0; guess < CLIENT_AUTHENTICATION.freeFailures; guess += 1) {
      const answer = await postTokenFrom(server.url, {
        grant_type: "refresh_token",
        refresh_token: "no-such-refresh-token",
        client_id: `guessed-client-${guess}`,
        client_secret: "guess",
      });
      expect(answer.status).toBe(401);
      expect(errorOf(answer)).toBe("invalid_client");
    }
    const here = await postTokenFrom(server.url, notesRefresh(DEMO.notes.client_secret));
    expect(here.status).toBe(429);
    expect(errorOf(here)).toBe("too_many_requests");
    expect(here.headers["retry-after"]).toBe("1");

    const elsewhere = await postTokenFrom(server.url, notesRefresh(DEMO.notes.client_secret), OTHER_ADDRESS);
    expect(elsewhere.status).toBe(400);
    expect(errorOf(elsewhere)).toBe("invalid_grant");
  });

  it("J53 answers an unknown client_id and a known one's wrong secret with the same 401, so guessing learns nothing", async () => {
    const unknown = await postTokenFrom(server.url, {
      ...notesRefresh("guess"),
      client_id: "00000000-0000-4000-8000-000000000000",
    });
    const known = await postTokenFrom(server.url, notesRefresh("guess"));
    expect(unknown.status).toBe(401);
    expect(known.status).toBe(401);
    expect(unknown.body).toBe(known.body);
    expect(unknown.headers["www-authenticate"]).toBe(known.headers["www-authenticate"]);
  });
});
