import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "@gatehouse/server/test-support/free-port";
import { z } from "zod";
import { MINT_CONCURRENCY, NOTES, pooled, send } from "../flows.ts";
import { type RunningServer, startChild } from "../gatehouse.ts";

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** The pinned node-oidc-provider's version, as installed (bench/package.json). */
export const PEER_VERSION = z
  .object({ version: z.string() })
  .parse(
    JSON.parse(readFileSync(path.join(benchDir, "node_modules/oidc-provider/package.json"), "utf8")),
  ).version;
export const PEER_NAME = `node-oidc-provider ${PEER_VERSION}`;

export type IdTokenAlg = "RS256" | "ES256";

/** node-oidc-provider in its own process (peer/server.ts), its one client Demo Notes' id, secret and redirect. */
export async function startPeer(
  alg: IdTokenAlg,
  /** Environment beside the defaults (bench/src/threadpool.ts sets UV_THREADPOOL_SIZE). */
  extraEnv: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await freePort();
  return startChild(
    path.join(benchDir, "node_modules/.bin/tsx"),
    [path.join(benchDir, "src/peer/server.ts")],
    {
      // As Gatehouse is started (gatehouse.ts): one libuv thread per core.
      UV_THREADPOOL_SIZE: `${availableParallelism()}`,
      PEER_PORT: `${port}`,
      PEER_ALG: alg,
      PEER_CLIENT: JSON.stringify(NOTES),
      ...extraEnv,
    },
    `http://127.0.0.1:${port}`,
  );
}

const AUTHORIZE_QUERY = {
  response_type: "code",
  client_id: NOTES.client_id,
  redirect_uri: NOTES.redirect_uri,
  scope: "openid accounts.self:read files:read",
};

/**
 * One code through the peer's own authorization path: authorize, its interaction (login and consent
 * by the provider's API, peer/server.ts), back to authorize, to the redirect URI. With the session
 * cookies of an earlier run in `jar`, authorize answers with the code at once, as it does for a
 * person who signed in and consented before. Returns the code and the jar after the run.
 */
async function authorizeOnce(issuer: string, jar: string[], state: string) {
  const cookies = new Map(jar.map((pair) => [pair.split("=")[0] ?? "", pair]));
  let url = `${issuer}/oauth2/authorize?${new URLSearchParams({ ...AUTHORIZE_QUERY, state })}`;
  for (let hop = 0; hop < 6; hop += 1) {
    const answer = await send(url, "GET", { cookie: [...cookies.values()].join("; ") });
    for (const pair of answer.cookies) cookies.set(pair.split("=")[0] ?? "", pair);
    const next = new URL(answer.location ?? "", url);
    if (!answer.location) throw new Error(`${PEER_NAME} answered ${answer.status} at ${url}`);
    if (next.href.startsWith(NOTES.redirect_uri ?? "")) {
      const code = next.searchParams.get("code");
      if (!code) throw new Error(`${PEER_NAME} redirected without a code: ${next.search}`);
      return { code, jar: [...cookies.values()] };
    }
    url = next.href;
  }
  throw new Error(`${PEER_NAME} redirected more than 6 times`);
}

/** `count` codes through the peer's authorization path, the first signing bob in and consenting. */
export async function mintPeerCodes(issuer: string, count: number): Promise<string[]> {
  const first = await authorizeOnce(issuer, [], "s0");
  const rest = await pooled(
    count - 1,
    MINT_CONCURRENCY,
    async (index) => (await authorizeOnce(issuer, first.jar, `s${index + 1}`)).code,
  );
  return [first.code, ...rest];
}

const TokenAnswer = z.object({ refresh_token: z.string() });

/** Refresh tokens from the peer, each from its own code redemption. */
export async function mintPeerRefreshTokens(issuer: string, count: number): Promise<string[]> {
  const codes = await mintPeerCodes(issuer, count);
  return pooled(count, MINT_CONCURRENCY, async (index) => {
    const answer = await send(
      `${issuer}/oauth2/token`,
      "POST",
      { "content-type": "application/x-www-form-urlencoded" },
      new URLSearchParams({
        grant_type: "authorization_code",
        code: codes[index] ?? "",
        ...NOTES,
      }).toString(),
    );
    if (answer.status !== 200) throw new Error(`${PEER_NAME}'s token endpoint answered ${answer.status}`);
    return TokenAnswer.parse(JSON.parse(answer.body)).refresh_token;
  });
}
