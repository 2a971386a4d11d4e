import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { authorizeThroughSpa, authorizeUrl, TestBrowser } from "../harness.ts";
import { codeOf, NOTES, redeem, refresh, SCOPE, tokensOf } from "./flows.ts";
import { REPO_ROOT, type ServerProcess, startServerProcess } from "./process.ts";

/** The whole soak, bounded by time: traffic for `DURATION_MS`, the second half of it measured. */
const DURATION_MS = 50_000;
const MB = 1024 * 1024;
/** An interaction's lifetime on the soak server's clock (30 minutes at 120 times speed), a prune period, and slack. */
const INTERACTION_WINDOW_MS = 15_000 + 625 + 2_000;

/** The line the soak server prints each second. */
const statsLine = z.object({
  soak: z.object({ at: z.number(), rss: z.number(), counts: z.record(z.string(), z.number()) }),
});

let server: ServerProcess;
beforeAll(async () => {
  server = await startServerProcess({
    script: path.join(REPO_ROOT, "server/test/attack/soak-server.ts"),
    // The server's clock runs 120 times faster: 10 s of the soak to redeem a code, 30 s to use an access token.
    env: { CODE_TTL: "1200", ACCESS_TOKEN_TTL: "3600", NODE_OPTIONS: "--expose-gc" },
  });
}, 40_000);
afterAll(() => {
  server.kill("SIGKILL");
});

/** The stats lines the soak server has printed so far. */
function samplesOf(output: string) {
  return output
    .split("\n")
    .filter((line) => line.startsWith('{"soak"'))
    .map((line) => statsLine.parse(JSON.parse(line)).soak);
}

const sum = (counts: Record<string, number>, kinds: readonly string[]) =>
  kinds.reduce((total, kind) => total + (counts[kind] ?? 0), 0);

/** What anonymous traffic can make: bounded by lifetimes of minutes. */
const SHORT_LIVED = ["interactions", "sessions", "codes", "throttle_windows"] as const;
/** What a signed-in person's apps are handed: lives as long as a refresh token, and grows only with issuance. */
const ISSUED = ["token_families", "refresh_tokens", "access_tokens"] as const;

describe("N67 soak: one server process under mixed traffic for about a minute", () => {
  it("N67 answers no 5xx and keeps its store and memory flat, and every chain's latest refresh token works", async () => {
    const deadline = Date.now() + DURATION_MS;
    const before = samplesOf(server.output()).length;
    const failures: string[] = [];
    const serverErrors: string[] = [];
    /** The latest refresh token of each chain, out of the pool while it is being refreshed. */
    const chains: string[] = [];
    let issuedInSecondHalf = 0;
    /** When each authorization request was sent. */
    const authorizations: number[] = [];
    const secondHalf = () => Date.now() > deadline - DURATION_MS / 2;
    const note = (what: string, status: number) => {
      if (status >= 500) serverErrors.push(`${what}: ${status}`);
    };

    async function anonymous(worker: number) {
      for (let n = 0; Date.now() < deadline; n += 1) {
        authorizations.push(Date.now());
        const response = await fetch(
          authorizeUrl(server.url, { scope: SCOPE, state: `anon-${worker}-${n}` }),
          {
            redirect: "manual",
          },
        );
        await response.body?.cancel();
        note("authorize", response.status);
        if (response.status !== 302) failures.push(`anonymous authorize: ${response.status}`);
      }
    }

    async function fullFlows(worker: number) {
      for (let n = 0; Date.now() < deadline; n += 1) {
        try {
          authorizations.push(Date.now());
          const back = await authorizeThroughSpa(server, {
            browser: new TestBrowser(server.url),
            params: { scope: SCOPE, state: `flow-${worker}-${n}` },
          });
          const tokens = await tokensOf(redeem(server.url, codeOf(back)));
          if (secondHalf()) issuedInSecondHalf += 1;
          if (tokens.refresh_token) chains.push(tokens.refresh_token);
        } catch (error) {
          failures.push(`full flow: ${error instanceof Error ? error.message : "failed"}`);
        }
      }
    }

    async function refreshes() {
      while (Date.now() < deadline) {
        const old = chains.shift();
        if (old === undefined) {
          await new Promise((resolve) => setTimeout(resolve, 50));
          continue;
        }
        try {
          const fresh = await tokensOf(refresh(server.url, old));
          if (secondHalf()) issuedInSecondHalf += 1;
          chains.push(fresh.refresh_token ?? old);
        } catch (error) {
          failures.push(`refresh: ${error instanceof Error ? error.message : "failed"}`);
        }
      }
    }

    /** Malformed bodies, bad tokens and odd targets: each refused with a 4xx, or answered as the RFC says. */
    async function badInput() {
      const form = { "content-type": "application/x-www-form-urlencoded" };
      const attempts: [string, () => Promise<Response>][] = [
        [
          "token with a broken body",
          () =>
            fetch(`${server.url}/oauth2/token`, { method: "POST", headers: form, body: "%%%=&&grant_type" }),
        ],
        [
          "token as JSON",
          () =>
            fetch(`${server.url}/oauth2/token`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: "{",
            }),
        ],
        ["unknown refresh token", () => refresh(server.url, "not-a-refresh-token")],
        [
          "API with a bad bearer token",
          () =>
            fetch(`${server.url}/api/2.0/people/@self`, { headers: { authorization: "Bearer e30.e30.x" } }),
        ],
        [
          "introspection of garbage",
          () =>
            fetch(`${server.url}/oauth2/introspect`, {
              method: "POST",
              headers: form,
              body: new URLSearchParams({ token: "x".repeat(4000), ...NOTES }).toString(),
            }),
        ],
        [
          "authorize with a bad escape",
          () => fetch(`${server.url}/oauth2/authorize?client_id=%ZZ&state=%`, { redirect: "manual" }),
        ],
        ["interaction that never was", () => fetch(`${server.url}/api/interactions/${"A".repeat(32)}`)],
        [
          "an odd target",
          () => fetch(`${server.url}/oauth2/../%2e%2e/${"x".repeat(2000)}`, { redirect: "manual" }),
        ],
      ];
      const answeredWith: Record<string, number> = {
        // An unknown token is inactive, not an error. @see RFC 7662 §2.2
        "introspection of garbage": 200,
        // Before the client is verified, our error page. @see RFC 6749 §4.1.2.1
        "authorize with a bad escape": 303,
      };
      while (Date.now() < deadline) {
        for (const [what, attempt] of attempts) {
          const response = await attempt();
          await response.body?.cancel();
          note(what, response.status);
          if (response.status < 400 && response.status !== answeredWith[what]) {
            failures.push(`${what}: ${response.status}`);
          }
        }
      }
    }

    await Promise.all([...[0, 1, 2, 3].map(anonymous), ...[0, 1].map(fullFlows), refreshes(), badInput()]);
    const samples = samplesOf(server.output()).slice(before);
    const middle = samples[Math.floor(samples.length / 2)];
    const end = samples[samples.length - 1];
    if (!middle || !end) throw new Error("the soak server printed no stats");

    process.stdout.write(`soak: middle ${JSON.stringify(middle)}, end ${JSON.stringify(end)}\n`);
    expect(serverErrors).toEqual([]);
    expect(failures.slice(0, 5)).toEqual([]);
    // Only the interactions of one lifetime are kept, of many more started, and short-lived records stay
    // within what the request rate explains (it rises as the server warms up).
    const recent = authorizations.filter((at) => at >= end.at - INTERACTION_WINDOW_MS).length;
    expect(end.counts.interactions).toBeLessThanOrEqual(recent);
    expect(authorizations.length).toBeGreaterThan(2 * (end.counts.interactions ?? 0));
    expect(sum(end.counts, SHORT_LIVED)).toBeLessThanOrEqual(sum(middle.counts, SHORT_LIVED) * 2);
    // Tokens grew only with what was issued meanwhile: a family, a refresh and an access token each.
    expect(sum(end.counts, ISSUED)).toBeLessThanOrEqual(sum(middle.counts, ISSUED) + 3 * issuedInSecondHalf);
    expect(end.rss).toBeLessThanOrEqual(middle.rss + 50 * MB);
    expect(chains.length).toBeGreaterThan(0);
    for (const latest of chains) await tokensOf(refresh(server.url, latest));
  }, 120_000);
});
