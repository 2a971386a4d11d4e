import { createHash } from "node:crypto";
import { errorBodySchema, tokenResponseSchema } from "@gatehouse/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { authorizeThroughSpa, signIn, startInteraction, TestBrowser } from "../browser.ts";
import { DEMO } from "../fixtures.ts";
import { useTestServer } from "../harness.ts";
import { authorizeUrl, postToken, redeemAsNotes, tokensOf } from "../oauth-app.ts";
import { codeOf } from "./flows.ts";

/**
 * L59: qs-style "magic" parameters (`scope[]`, `__proto__[x]`, `constructor[prototype][x]`, `a[b]`) and
 * `__proto__` keys in JSON are plain unknown names: ignored or refused, never a 500, and never
 * written onto Object.prototype. The server runs in this process, so its prototype is ours.
 */

const MAGIC_QUERY =
  "scope[]=openid&__proto__[polluted]=1&__proto__.polluted=1&constructor[prototype][polluted]=1&a[b]=c&__proto__=x";

const POLLUTION = { __proto__: { polluted: true }, constructor: { prototype: { polluted: true } } };

/** The raw JSON text: `JSON.stringify` of an object literal would not keep a `__proto__` key. */
const pollutingJson = (fields: Record<string, unknown>) =>
  `{"__proto__":{"polluted":true,"decision":"allow","enabled":false},"constructor":{"prototype":{"polluted":true}},${JSON.stringify(fields).slice(1)}`;

let prototypeKeysBefore: string[];
beforeAll(() => {
  prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();
});
const server = useTestServer({ per: "file" });

function expectUnpolluted() {
  const probe: Record<string, unknown> = {};
  expect(probe.polluted).toBeUndefined();
  expect(probe.x).toBeUndefined();
  expect(probe.decision).toBeUndefined();
  expect(probe.enabled).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

async function expectError(response: Response, status: number, error: string) {
  expect(response.status).toBe(status);
  expect(errorBodySchema.parse(await response.json()).error).toBe(error);
}

const postForm = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(new URL(path, server.url), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body,
    redirect: "manual",
  });

const NOTES_FORM = `client_id=${DEMO.notes.client_id}&client_secret=${DEMO.notes.client_secret}`;

async function notesTokens() {
  const code = codeOf(await authorizeThroughSpa(server, { params: { scope: "openid files:read" } }));
  return tokensOf(await redeemAsNotes(server.url, code));
}

describe("L59 qs magic in query strings and forms", () => {
  it("L59 GET /oauth2/authorize ignores scope[], __proto__[x], constructor[prototype][x] and a[b] as unknown parameters", async () => {
    const browser = new TestBrowser(server.url);
    const response = await browser.fetch(`${authorizeUrl(server.url, { scope: "openid" })}&${MAGIC_QUERY}`);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/interaction\/[A-Za-z0-9_-]+$/);
    expectUnpolluted();
  });

  it("L59 GET /oauth2/authorize refuses scope[] sent twice as a repeated parameter: invalid_request at the app, state echoed", async () => {
    const browser = new TestBrowser(server.url);
    const response = await browser.fetch(
      `${authorizeUrl(server.url, { state: "l59-repeat" })}&scope[]=openid&scope[]=files:write`,
    );
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(DEMO.notes.redirect_uris[0]);
    expect(location.searchParams.get("error")).toBe("invalid_request");
    expect(location.searchParams.get("state")).toBe("l59-repeat");
    expect(location.searchParams.has("code")).toBe(false);
    expectUnpolluted();
  });

  // Without a real decision the POST is an authorization request, answered as GET is (OpenID Connect Core §3.1.2.1).
  it("L59 POST /oauth2/authorize ignores them too: without a real decision it is an authorization request, never a consent", async () => {
    const browser = new TestBrowser(server.url);
    expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
    const base = new URL(authorizeUrl(server.url, { scope: "openid", state: "l59" })).searchParams;
    const response = await browser.fetch("/oauth2/authorize", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
      body: `${base}&${MAGIC_QUERY}&__proto__[decision]=allow`,
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "", server.url);
    expect(location.origin).toBe(server.url);
    expect(location.pathname).toMatch(/^\/interaction\/[A-Za-z0-9_-]+$/);
    expect(location.searchParams.has("code")).toBe(false);
    expectUnpolluted();
  });

  it("L59 POST /oauth2/token ignores them: an unknown code is still invalid_grant, never a 500", async () => {
    const body = `grant_type=authorization_code&code=unknown&redirect_uri=${encodeURIComponent(DEMO.notes.redirect_uris[0])}&${NOTES_FORM}&${MAGIC_QUERY}`;
    await expectError(await postForm("/oauth2/token", body), 400, "invalid_grant");
    expectUnpolluted();
  });

  it("L59 POST /oauth2/token refuses grant_type[]= (no grant_type) with invalid_request", async () => {
    await expectError(
      await postForm("/oauth2/token", `grant_type[]=refresh_token&refresh_token=x&${NOTES_FORM}`),
      400,
      "invalid_request",
    );
    expectUnpolluted();
  });

  it("L59 POST /oauth2/token with a real refresh token still rotates it, the magic ignored", async () => {
    const tokens = await notesTokens();
    const response = await postForm(
      "/oauth2/token",
      `grant_type=refresh_token&refresh_token=${tokens.refresh_token}&${NOTES_FORM}&${MAGIC_QUERY}`,
    );
    expect(response.status).toBe(200);
    expect(tokenResponseSchema.parse(await response.json()).refresh_token).not.toBe(tokens.refresh_token);
    expectUnpolluted();
  });

  it("L59 POST /oauth2/revoke answers 200 with the magic ignored, and refuses a magic-only client with 401", async () => {
    const revoked = await postForm("/oauth2/revoke", `token=garbage&${NOTES_FORM}&${MAGIC_QUERY}`);
    expect(revoked.status).toBe(200);
    await expectError(
      await postForm("/oauth2/revoke", `token=garbage&client_id[]=${DEMO.notes.client_id}&${MAGIC_QUERY}`),
      401,
      "invalid_client",
    );
    expectUnpolluted();
  });

  it("L59 POST /oauth2/introspect answers the token, the magic ignored", async () => {
    const tokens = await notesTokens();
    const response = await postForm(
      "/oauth2/introspect",
      `token=${tokens.access_token}&${NOTES_FORM}&${MAGIC_QUERY}`,
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { active: boolean }).active).toBe(true);
    expectUnpolluted();
  });
});

describe("L59 ids named after Object.prototype's members", () => {
  const NAMES = ["toString", "constructor", "__proto__", "hasOwnProperty"];

  it("L59 GET /logos/:id answers 404 not_found for each", async () => {
    for (const name of NAMES)
      await expectError(await fetch(new URL(`/logos/${name}`, server.url)), 404, "not_found");
  });

  it("L59 POST /oauth2/token answers 401 invalid_client for each as client_id", async () => {
    for (const name of NAMES) {
      const response = await postForm(
        "/oauth2/token",
        `grant_type=refresh_token&refresh_token=x&client_id=${name}&client_secret=x`,
      );
      await expectError(response, 401, "invalid_client");
    }
  });

  it("L59 /api/clients/:id and /api/consents/:id answer 404 not_found for each", async () => {
    const alice = new TestBrowser(server.url);
    expect((await signIn(alice, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
    expect((await alice.json("/api/session/portal", "POST", { portal_id: "acme" })).status).toBe(200);
    for (const name of NAMES) {
      await expectError(await alice.json(`/api/clients/${name}`, "GET"), 404, "not_found");
      await expectError(await alice.json(`/api/consents/${name}`, "DELETE"), 404, "not_found");
    }
    expectUnpolluted();
  });
});

describe('L59 {"__proto__": …} and {"constructor": {"prototype": …}} in JSON bodies of /api', () => {
  it("L59 POST /api/session signs in with the magic keys ignored", async () => {
    const browser = new TestBrowser(server.url);
    const response = await browser.fetch("/api/session", {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: pollutingJson({ email: "bob@example.com", password: "Bob-Pa55!" }),
    });
    expect(response.status).toBe(200);
    expectUnpolluted();
  });

  it("L59 POST /api/session refuses a body of magic keys alone with 400 invalid_request", async () => {
    const response = await fetch(new URL("/api/session", server.url), {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(POLLUTION).replace('"constructor"', '"__proto__":{"polluted":true},"constructor"'),
    });
    await expectError(response, 400, "invalid_request");
    expectUnpolluted();
  });

  it("L59 POST /api/interactions/:id/consent does not take a decision from __proto__: 400 invalid_request and no code", async () => {
    const browser = new TestBrowser(server.url);
    const id = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid rooms:read" }));
    expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
    const response = await browser.fetch(`/api/interactions/${id}/consent`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: server.url },
      body: pollutingJson({}).replace(/,}$/, "}"),
    });
    await expectError(response, 400, "invalid_request");
    const shown = await browser.json(`/api/interactions/${id}`, "GET");
    expect(((await shown.json()) as { step: string }).step).toBe("consent");
    expectUnpolluted();
  });

  it("L59 PATCH /api/clients/:id does not take enabled from __proto__, and POST /api/clients refuses magic keys alone", async () => {
    const alice = new TestBrowser(server.url);
    expect((await signIn(alice, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
    expect((await alice.json("/api/session/portal", "POST", { portal_id: "acme" })).status).toBe(200);
    const json = { "content-type": "application/json", origin: server.url };
    const patched = await alice.fetch(`/api/clients/${DEMO.mobile.client_id}`, {
      method: "PATCH",
      headers: json,
      body: pollutingJson({}).replace(/,}$/, "}"),
    });
    await expectError(patched, 400, "invalid_request");
    const shown = await alice.json(`/api/clients/${DEMO.mobile.client_id}`, "GET");
    expect(((await shown.json()) as { enabled: boolean }).enabled).toBe(true);

    const created = await alice.fetch("/api/clients", {
      method: "POST",
      headers: json,
      body: pollutingJson({}).replace(/,}$/, "}"),
    });
    await expectError(created, 400, "invalid_request");
    expectUnpolluted();
  });

  it("L59 PUT /api/2.0/people/@self refuses magic keys alone with 400 invalid_request, and ignores them beside displayName", async () => {
    const verifier = "l59-verifier-0123456789-abcdefghijklmnopqrstuvwxyz";
    const challenge = createHash("sha256").update(verifier).digest("base64url");
    const back = await authorizeThroughSpa(server, {
      params: {
        client_id: DEMO.mobile.client_id,
        redirect_uri: DEMO.mobile.redirect_uris[0],
        scope: "openid accounts.self:write",
        code_challenge: challenge,
        code_challenge_method: "S256",
      },
    });
    const tokens = tokenResponseSchema.parse(
      await (
        await postToken(server.url, {
          grant_type: "authorization_code",
          code: codeOf(back),
          redirect_uri: DEMO.mobile.redirect_uris[0],
          client_id: DEMO.mobile.client_id,
          code_verifier: verifier,
        })
      ).json(),
    );
    const put = (body: string) =>
      fetch(new URL("/api/2.0/people/@self", server.url), {
        method: "PUT",
        headers: { authorization: `Bearer ${tokens.access_token}`, "content-type": "application/json" },
        body,
      });
    await expectError(await put(pollutingJson({}).replace(/,}$/, "}")), 400, "invalid_request");
    const renamed = await put(pollutingJson({ displayName: "Bob L59" }));
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as { response: { displayName: string } }).response.displayName).toBe(
      "Bob L59",
    );
    expectUnpolluted();
  });
});
