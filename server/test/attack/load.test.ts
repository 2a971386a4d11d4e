import { consentSchema, interactionSchema, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { TestBrowser } from "../browser.ts";
import { useTestServer } from "../harness.ts";
import { authorizeUrl } from "../oauth-app.ts";
import { isActive, NOTES, redeem, refresh, SCOPE } from "./flows.ts";

const WORKERS = 50;
/** Bounded by time and by count, so a slow machine runs fewer flows rather than longer. */
const DURATION_MS = 10_000;
const MAX_FLOWS = 3_000;

const server = useTestServer({ per: "file" });

class UnexpectedAnswer extends Error {}

/** The status must be `expected`; anything else is an error of the run. */
async function expectStatus(step: string, response: Response, expected: number): Promise<unknown> {
  const body: unknown = await response.json().catch(() => null);
  if (response.status !== expected) {
    throw new UnexpectedAnswer(`${step}: ${response.status} ${JSON.stringify(body)}`);
  }
  return body;
}

/**
 * One full flow as an app and a browser walk it: authorize, sign in when asked, consent when asked
 * (remembered consent skips it), redeem the code, call the API, refresh once. Returns the latest
 * refresh token.
 */
async function fullFlow(browser: TestBrowser, email: string, state: string): Promise<string> {
  const start = await browser.fetch(authorizeUrl(server.url, { scope: SCOPE, state }));
  const id = /^\/interaction\/([A-Za-z0-9_-]+)$/.exec(start.headers.get("location") ?? "")?.[1];
  await start.body?.cancel();
  if (start.status !== 302 || !id) throw new UnexpectedAnswer(`authorize: ${start.status}`);

  let redirectTo: string | undefined;
  for (let round = 0; round < 3 && redirectTo === undefined; round += 1) {
    const interaction = interactionSchema.parse(
      await expectStatus("interaction", await browser.json(`/api/interactions/${id}`, "GET"), 200),
    );
    if (interaction.step === "done") redirectTo = interaction.redirect_to;
    else if (interaction.step === "login") {
      const answer = await browser.json("/api/session", "POST", {
        email,
        password: "Bob-Pa55!",
      });
      await expectStatus("sign-in", answer, 200);
    } else if (interaction.step === "consent") {
      const answer = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
      redirectTo = ((await expectStatus("consent", answer, 200)) as { redirect_to: string }).redirect_to;
    } else throw new UnexpectedAnswer(`interaction: unexpected step ${interaction.step}`);
  }
  const back = new URL(redirectTo ?? "");
  const code = back.searchParams.get("code");
  if (back.searchParams.get("state") !== state || back.searchParams.get("iss") !== server.url || !code) {
    throw new UnexpectedAnswer(`redirect: ${back.search}`);
  }

  const tokens = tokenResponseSchema.parse(await expectStatus("redeem", await redeem(server.url, code), 200));
  const self = await fetch(`${server.url}/api/2.0/people/@self`, {
    headers: { authorization: `Bearer ${tokens.access_token}` },
  });
  await expectStatus("people/@self", self, 200);
  const refreshed = tokenResponseSchema.parse(
    await expectStatus("refresh", await refresh(server.url, tokens.refresh_token), 200),
  );
  return refreshed.refresh_token;
}

/**
 * Ten people, five clients each: one person's sign-in attempts are counted before they are judged
 * (docs/security.md#throttling), so fifty browsers signing in as one person at the same instant
 * would be throttled, rightly. Each is a copy of bob (same password, user on Acme).
 */
async function addPeople(count: number): Promise<string[]> {
  const bob = await server.store.users.findByEmail("bob@example.com");
  if (!bob) throw new Error("the demo seed has no bob");
  const emails = Array.from({ length: count }, (_, index) => `load-${index}@example.com`);
  for (const [index, email] of emails.entries()) {
    await server.store.users.insert({ ...bob, id: `load-person-${index}`, email });
  }
  return emails;
}

describe("load", () => {
  it(`${WORKERS} concurrent clients doing full flows for a bounded time with zero errors and zero lost grants`, async () => {
    const emails = await addPeople(WORKERS / 5);
    const deadline = Date.now() + DURATION_MS;
    const errors: string[] = [];
    const latest: string[] = [];
    let started = 0;
    const began = performance.now();

    await Promise.all(
      Array.from({ length: WORKERS }, async (_, worker) => {
        // one browser each: it signs in on its first flow and keeps its session after
        const browser = new TestBrowser(server.url);
        for (let flow = 0; Date.now() < deadline && started < MAX_FLOWS; flow += 1) {
          started += 1;
          try {
            latest.push(
              await fullFlow(browser, emails[worker % emails.length] ?? "", `worker-${worker}-flow-${flow}`),
            );
          } catch (error) {
            if (!(error instanceof Error)) throw error;
            errors.push(`worker ${worker} flow ${flow}: ${error.message}`);
          }
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    // five calls a flow after the first: authorize, interaction, code, API, refresh
    console.log(
      `load: ${latest.length} full flows by ${WORKERS} clients in ${seconds.toFixed(1)} s: ` +
        `${(latest.length / seconds).toFixed(1)} flows/s, about ${((latest.length * 5) / seconds).toFixed(0)} requests/s`,
    );

    expect(errors).toEqual([]);
    expect(latest).toHaveLength(started);
    expect(latest.length).toBeGreaterThanOrEqual(WORKERS);

    // zero lost grants: every flow's latest refresh token is live
    const inactive: string[] = [];
    for (let next = 0; next < latest.length; next += 25) {
      const batch = latest.slice(next, next + 25);
      const active = await Promise.all(batch.map((token) => isActive(server.url, token)));
      batch.forEach((token, index) => {
        if (!active[index]) inactive.push(token);
      });
    }
    expect(inactive).toEqual([]);

    // Five concurrent first consents per person left each one remembered consent, not several …
    for (const email of emails) {
      const browser = new TestBrowser(server.url);
      await browser.json("/api/session", "POST", { email, password: "Bob-Pa55!" });
      const consents = consentSchema
        .array()
        .parse(await expectStatus("consents", await browser.json("/api/consents", "GET"), 200));
      expect(consents.filter((consent) => consent.client.client_id === NOTES.client_id)).toHaveLength(1);
    }

    // … and so do 50 concurrent first consents of one person (bob, signed in one browser at a time)
    const bobs: TestBrowser[] = [];
    for (let index = 0; index < WORKERS; index += 1) {
      const browser = new TestBrowser(server.url);
      const answer = await browser.json("/api/session", "POST", {
        email: "bob@example.com",
        password: "Bob-Pa55!",
      });
      await expectStatus("sign-in", answer, 200);
      bobs.push(browser);
    }
    const bobTokens = await Promise.all(bobs.map((browser, index) => fullFlow(browser, "", `bob-${index}`)));
    expect(bobTokens).toHaveLength(WORKERS);
    const [bob] = bobs;
    if (!bob) throw new Error("no browser signed in as bob");
    const consents = consentSchema
      .array()
      .parse(await expectStatus("consents", await bob.json("/api/consents", "GET"), 200));
    expect(consents.filter((consent) => consent.client.client_id === NOTES.client_id)).toHaveLength(1);
  }, 60_000);
});
