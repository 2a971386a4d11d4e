import { tokenResponseSchema } from "@gatehouse/shared";
import { base64url, decodeJwt, generateKeyPair, SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa, startInteraction, TestBrowser } from "../../test/browser.ts";
import { DEMO, NOTES } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { authorizeUrl, codeOf, redeemAsNotes } from "../../test/oauth-app.ts";

const SESSION_COOKIE = "gatehouse_session";

const server = useTestServer({ per: "file", env: { ACCESS_TOKEN_TTL: "300" } });

/** Bob signs in to Demo Notes in a browser of his own; returns the browser, its session cookie and the id_token. */
async function signedInBob() {
  const browser = new TestBrowser(server.url);
  const back = await authorizeThroughSpa(server, { browser, params: { scope: "openid", nonce: "n-logout" } });
  const code = codeOf(back);
  const response = await redeemAsNotes(server.url, code);
  expect(response.status).toBe(200);
  const { id_token } = tokenResponseSchema.parse(await response.json());
  const session = browser.cookies.get(SESSION_COOKIE);
  if (!id_token || !session) throw new Error("expected an id_token and a session cookie");
  return { browser, session, idToken: id_token };
}

/** The step a new authorization request in `browser` starts on. */
async function firstStep(browser: TestBrowser): Promise<string> {
  const id = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid" }));
  const response = await browser.json(`/api/interactions/${id}`, "GET");
  expect(response.status).toBe(200);
  return ((await response.json()) as { step: string }).step;
}

function logout(browser: TestBrowser, params: Record<string, string>) {
  return browser.fetch(`/oauth2/logout?${new URLSearchParams(params)}`);
}

/** The session is gone on the server: even the old cookie, presented again, signs in no one. */
async function expectSessionEnded(browser: TestBrowser, session: string) {
  expect(browser.cookies.has(SESSION_COOKIE)).toBe(false);
  browser.cookies.set(SESSION_COOKIE, session);
  expect(await firstStep(browser)).toBe("login");
}

const signedOut = () => `${server.url}/signed-out`;

describe("GET /oauth2/logout (RP-Initiated Logout)", () => {
  it("a signed-in browser skips sign-in before logging out (the control)", async () => {
    const { browser } = await signedInBob();
    expect(await firstStep(browser)).not.toBe("login");
  });

  /** Bob logs out with `params` (and his id_token as hint, unless `hint` is false): sent to `location`, his session over. */
  async function expectReturnedTo(params: Record<string, string>, location: string, { hint = true } = {}) {
    const { browser, session, idToken } = await signedInBob();
    const response = await logout(browser, hint ? { id_token_hint: idToken, ...params } : params);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(location);
    await expectSessionEnded(browser, session);
  }

  it("returns to a registered redirect URI with state, and ends the session", async () => {
    const params = { post_logout_redirect_uri: NOTES.redirect_uri, state: "bye-1" };
    await expectReturnedTo(params, `${NOTES.redirect_uri}?state=bye-1`);
  });

  it("returns to the app's website URL with state", async () => {
    const params = { post_logout_redirect_uri: "https://notes.example.com", state: "bye-2" };
    await expectReturnedTo(params, "https://notes.example.com/?state=bye-2");
  });

  it("returns to a registered redirect URI named by client_id instead of a hint", async () => {
    const params = {
      client_id: NOTES.client_id,
      post_logout_redirect_uri: NOTES.redirect_uri,
      state: "bye-3",
    };
    await expectReturnedTo(params, `${NOTES.redirect_uri}?state=bye-3`, { hint: false });
  });

  it("accepts an expired id_token_hint while its key is published", async () => {
    const { browser, session, idToken } = await signedInBob();
    server.clock.advance(301);
    const response = await logout(browser, {
      id_token_hint: idToken,
      post_logout_redirect_uri: NOTES.redirect_uri,
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(NOTES.redirect_uri);
    await expectSessionEnded(browser, session);
  });

  it.each([
    ["an unregistered URI", "https://evil.example/callback"],
    ["a redirect URI with a trailing slash", `${DEMO.notes.redirect_uris[0]}/`],
    ["the website URL with a trailing slash", "https://notes.example.com/"],
    ["the website URL with a path", "https://notes.example.com/elsewhere"],
    ["another app's redirect URI", DEMO.mobile.redirect_uris[0]],
  ])("stays here on /signed-out for %s, and still ends the session", async (_name, uri) => {
    const { browser, session, idToken } = await signedInBob();
    const response = await logout(browser, {
      id_token_hint: idToken,
      post_logout_redirect_uri: uri,
      state: "s",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(signedOut());
    await expectSessionEnded(browser, session);
  });

  it("stays here without a hint or client_id, and with a client_id that is not the hint's audience", async () => {
    const { browser, session, idToken } = await signedInBob();
    const bare = await logout(browser, { post_logout_redirect_uri: NOTES.redirect_uri });
    expect(bare.status).toBe(303);
    expect(bare.headers.get("location")).toBe(signedOut());
    await expectSessionEnded(browser, session);

    const other = await logout(new TestBrowser(server.url), {
      id_token_hint: idToken,
      client_id: DEMO.mobile.client_id,
      post_logout_redirect_uri: DEMO.mobile.redirect_uris[0],
    });
    expect(other.headers.get("location")).toBe(signedOut());
  });

  it("stays here when there is no post_logout_redirect_uri", async () => {
    const { browser, session, idToken } = await signedInBob();
    const response = await logout(browser, { id_token_hint: idToken, state: "s" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(signedOut());
    await expectSessionEnded(browser, session);
  });

  it("G42 does not redirect to the app with a tampered id_token_hint, and still ends the session", async () => {
    const { browser, session, idToken } = await signedInBob();
    const [header, , signature] = idToken.split(".");
    const edited = `${header}.${base64url.encode(JSON.stringify({ ...decodeJwt(idToken), sub: "someone-else" }))}.${signature}`;
    const response = await logout(browser, {
      id_token_hint: edited,
      post_logout_redirect_uri: NOTES.redirect_uri,
      state: "s",
    });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(signedOut());
    await expectSessionEnded(browser, session);

    // naming the client as well does not excuse a bad hint
    const named = await logout(new TestBrowser(server.url), {
      id_token_hint: edited,
      client_id: NOTES.client_id,
      post_logout_redirect_uri: NOTES.redirect_uri,
    });
    expect(named.headers.get("location")).toBe(signedOut());
  });

  it("G42 does not redirect with an id_token_hint signed by a foreign key, alg=none, or garbage", async () => {
    const { idToken } = await signedInBob();
    const claims = decodeJwt(idToken);
    const { privateKey } = await generateKeyPair("ES256");
    const foreign = await new SignJWT(claims)
      .setProtectedHeader({ alg: "ES256", typ: "JWT", kid: "x" })
      .sign(privateKey);
    const none = `${base64url.encode(JSON.stringify({ alg: "none" }))}.${base64url.encode(JSON.stringify(claims))}.`;
    const namings: Record<string, string>[] = [{}, { client_id: NOTES.client_id }];
    for (const hint of [foreign, none, "garbage"]) {
      for (const named of namings) {
        const response = await logout(new TestBrowser(server.url), {
          id_token_hint: hint,
          ...named,
          post_logout_redirect_uri: NOTES.redirect_uri,
        });
        expect(response.status).toBe(303);
        expect(response.headers.get("location")).toBe(signedOut());
      }
    }
  });
});
