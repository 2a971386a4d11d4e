import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPostgresStore } from "../src/store/postgres/open-postgres-store.ts";
import {
  authorizeUrl,
  DEMO,
  postToken,
  signIn,
  startTestServer,
  TestBrowser,
  type TestServer,
} from "./harness.ts";
import { createTestDatabase } from "./postgres.ts";

const database = await createTestDatabase("the malformed identifier tests");
afterAll(() => database.drop());

/** What no identifier may hold: a NUL, a control character, over-long UTF-8 (`%C0%80`), a lone surrogate's bytes. */
const MALFORMED = {
  nul: "%00",
  "a control character": "a%01b",
  "an embedded NUL": `${DEMO.notes.client_id}%00`,
  "over-long UTF-8": "%C0%80",
  "a lone surrogate's UTF-8": "%ED%A0%80",
  "invalid UTF-8": "%FF%FE",
} as const;

/** The same, as JavaScript strings (what a JSON body can carry: `\u0000`, `\ud800`). */
const MALFORMED_STRINGS = {
  nul: "\u0000",
  "an embedded NUL": `${DEMO.notes.client_id}\u0000`,
  "a lone high surrogate": "\ud800",
  "a lone low surrogate": "a\udc00b",
} as const;

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString("base64")}`;

/** A form body written by hand, so percent-escapes reach the server exactly as given. */
function postForm(server: TestServer, path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(new URL(path, server.url), {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body,
  });
}

/** A status a client caused: 4xx (or a redirect to an error), never a 500. */
function expectOrdinary(response: Response) {
  expect(response.status, `${response.url} answered ${response.status}`).toBeLessThan(500);
}

const engines = [
  ["lowdb", () => startTestServer()],
  ["postgres", async () => startTestServer({ store: await openPostgresStore(database.url) })],
] as const;

describe.each(engines)("N71 malformed identifiers (%s)", (_engine, start) => {
  let server: TestServer;
  const notes = `client_id=${DEMO.notes.client_id}&client_secret=${DEMO.notes.client_secret}`;

  // A server per value: the failed client authentications of one would throttle the next.
  const serve = () =>
    beforeAll(async () => {
      await database.truncate();
      server = await start();
      return () => server.close({ remove: true });
    });

  describe.each(Object.entries(MALFORMED))("an identifier holding %s", (_what, bad) => {
    serve();

    it("N71 authorize: client_id is refused on our error page", async () => {
      const url = authorizeUrl(server.url).replace(/client_id=[^&]*/, `client_id=${bad}`);
      const response = await fetch(url, { redirect: "manual" });
      expect(response.status).toBe(303);
      expect(new URL(response.headers.get("location") ?? "", server.url).pathname).toBe("/error");
    });

    it("N71 token: client_id, code and refresh_token are 4xx", async () => {
      const byId = await postForm(
        server,
        "/oauth2/token",
        `grant_type=refresh_token&refresh_token=x&client_id=${bad}&client_secret=s`,
      );
      expect([400, 401]).toContain(byId.status);
      const code = await postForm(
        server,
        "/oauth2/token",
        `grant_type=authorization_code&code=${bad}&redirect_uri=${DEMO.notes.redirect_uris[0]}&${notes}`,
      );
      expect(code.status).toBe(400);
      const refresh = await postForm(
        server,
        "/oauth2/token",
        `grant_type=refresh_token&refresh_token=${bad}&${notes}`,
      );
      expect(refresh.status).toBe(400);
    });

    it("N71 token: a Basic client id is 4xx", async () => {
      const response = await postToken(
        server.url,
        { grant_type: "refresh_token", refresh_token: "x" },
        { authorization: basic(bad, "secret") },
      );
      expect([400, 401]).toContain(response.status);
    });

    it("N71 revoke and introspect: token and client_id are 4xx or the usual 200", async () => {
      for (const path of ["/oauth2/revoke", "/oauth2/introspect"]) {
        const token = await postForm(server, path, `token=${bad}&${notes}`);
        expectOrdinary(token);
        expect([200, 400]).toContain(token.status);
        const client = await postForm(server, path, `token=x&client_id=${bad}&client_secret=s`);
        expect([400, 401]).toContain(client.status);
      }
    });

    it("N71 interaction id, logo path, app and consent paths are 4xx", async () => {
      const browser = new TestBrowser(server.url);
      expect([400, 404]).toContain((await browser.fetch(`/api/interactions/${bad}`)).status);
      expect([400, 404]).toContain((await browser.fetch(`/logos/${bad}`)).status);
      expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
      const client = await browser.json(`/api/clients/${bad}`, "GET");
      expect([400, 403, 404]).toContain(client.status);
      expect([400, 404]).toContain((await browser.json(`/api/consents/${bad}`, "DELETE")).status);
    });

    it("N71 logout: client_id leaves the browser on our signed-out page", async () => {
      const url = new URL("/oauth2/logout", server.url);
      const query = `post_logout_redirect_uri=${encodeURIComponent(DEMO.notes.redirect_uris[0])}&client_id=${bad}`;
      const response = await fetch(`${url.href}?${query}`, { redirect: "manual" });
      expect(response.status).toBe(303);
      expect(new URL(response.headers.get("location") ?? "").pathname).toBe("/signed-out");
    });

    it("N71 a session or browser cookie is no session", async () => {
      const response = await fetch(new URL("/api/session", server.url), {
        headers: { cookie: `gatehouse_session=${bad}; gatehouse_browser=${bad}` },
      });
      expectOrdinary(response);
      expect(response.status).toBe(401);
    });
  });

  describe.each(Object.entries(MALFORMED_STRINGS))("a JSON identifier holding %s", (_what, bad) => {
    serve();

    it("N71 sign-in email and portal id are 4xx", async () => {
      const browser = new TestBrowser(server.url);
      const email = await signIn(browser, `${bad}bob@example.com`, "Bob-Pa55!");
      expect([400, 401]).toContain(email.status);
      expect((await signIn(browser, "alice@example.com", "Alice-Pa55!")).status).toBe(200);
      const portal = await browser.json("/api/session/portal", "POST", { portal_id: bad });
      expect([400, 403, 404]).toContain(portal.status);
    });
  });
});
