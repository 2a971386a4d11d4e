import { errorBodySchema, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { authorizeThroughSpa, signIn, startInteraction, TestBrowser } from "../browser.ts";
import { DEMO, NOTES_CALLBACK } from "../fixtures.ts";
import { useTestServer } from "../harness.ts";
import { authorizeUrl, postToken } from "../oauth-app.ts";
import { codeOf } from "./flows.ts";

/** B14: once a person has signed in or consented, nothing the caller sends re-points the result at another app or scope. */

const server = useTestServer();

const MOBILE_CALLBACK = DEMO.mobile.redirect_uris[0];

async function expectError(response: Response, status: number, error: string) {
  expect(response.status).toBe(status);
  expect(errorBodySchema.parse(await response.json()).error).toBe(error);
}

/** `POST /oauth2/authorize` as the issuer's own page would send it, with the browser's session. */
function postDecision(browser: TestBrowser, form: Record<string, string>): Promise<Response> {
  return browser.fetch("/oauth2/authorize", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: server.url },
    body: new URLSearchParams(form).toString(),
  });
}

async function signedInBob(): Promise<TestBrowser> {
  const browser = new TestBrowser(server.url);
  expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
  return browser;
}

describe("B14 swapping the client after consent", () => {
  it("B14 refuses Demo Notes' code redeemed as Demo Mobile (public, no secret) with invalid_grant, and it still redeems for Demo Notes", async () => {
    const code = codeOf(await authorizeThroughSpa(server, { params: { scope: "openid files:read" } }));
    await expectError(
      await postToken(server.url, {
        grant_type: "authorization_code",
        code,
        redirect_uri: NOTES_CALLBACK,
        client_id: DEMO.mobile.client_id,
      }),
      400,
      "invalid_grant",
    );
    const tokens = await postToken(server.url, {
      grant_type: "authorization_code",
      code,
      redirect_uri: NOTES_CALLBACK,
      client_id: DEMO.notes.client_id,
      client_secret: DEMO.notes.client_secret,
    });
    expect(tokens.status).toBe(200);
    const { scope } = tokenResponseSchema.parse(await tokens.json());
    expect(scope.split(" ").sort()).toEqual(["files:read", "openid"]);
  });

  it("B14 refuses Demo Notes' code sent with Demo Mobile's client_id and Demo Notes' secret with 401 invalid_client", async () => {
    const code = codeOf(await authorizeThroughSpa(server, { params: { scope: "openid" } }));
    const response = await postToken(server.url, {
      grant_type: "authorization_code",
      code,
      redirect_uri: NOTES_CALLBACK,
      client_id: DEMO.mobile.client_id,
      client_secret: DEMO.notes.client_secret,
    });
    await expectError(response, 401, "invalid_client");
  });

  it("B14 ignores client_id, scope and redirect_uri slipped into the consent body: the code is the interaction's own app's, with its own scopes", async () => {
    const browser = new TestBrowser(server.url);
    const id = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid" }));
    expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
    const consent = await browser.json(`/api/interactions/${id}/consent`, "POST", {
      decision: "allow",
      client_id: DEMO.mobile.client_id,
      redirect_uri: MOBILE_CALLBACK,
      scope: "openid accounts.self:write files:read",
    });
    expect(consent.status).toBe(200);
    const redirectTo = new URL(((await consent.json()) as { redirect_to: string }).redirect_to);
    expect(`${redirectTo.origin}${redirectTo.pathname}`).toBe(NOTES_CALLBACK);

    const shown = await browser.json(`/api/interactions/${id}`, "GET");
    expect(((await shown.json()) as { client: { client_id: string } }).client.client_id).toBe(
      DEMO.notes.client_id,
    );

    const tokens = await postToken(server.url, {
      grant_type: "authorization_code",
      code: codeOf(redirectTo),
      redirect_uri: NOTES_CALLBACK,
      client_id: DEMO.notes.client_id,
      client_secret: DEMO.notes.client_secret,
    });
    expect(tokens.status).toBe(200);
    expect(tokenResponseSchema.parse(await tokens.json()).scope).toBe("openid");
  });

  it("B14 keeps each interaction on its own app: consenting to Demo Notes' leaves Demo Mobile's, started in the same browser, untouched", async () => {
    const browser = new TestBrowser(server.url);
    const notes = await startInteraction(browser, authorizeUrl(server.url, { scope: "openid" }));
    const mobile = await startInteraction(
      browser,
      authorizeUrl(server.url, {
        client_id: DEMO.mobile.client_id,
        redirect_uri: MOBILE_CALLBACK,
        scope: "openid accounts.self:write",
        code_challenge: "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
        code_challenge_method: "S256",
      }),
    );
    expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
    const consent = await browser.json(`/api/interactions/${notes}/consent`, "POST", { decision: "allow" });
    expect(consent.status).toBe(200);

    const shown = await browser.json(`/api/interactions/${mobile}`, "GET");
    expect(shown.status).toBe(200);
    const interaction = (await shown.json()) as {
      step: string;
      client: { client_id: string };
      scopes: { name: string }[];
    };
    expect(interaction.step).toBe("consent");
    expect(interaction.client.client_id).toBe(DEMO.mobile.client_id);
    expect(interaction.scopes.length).toBeGreaterThan(0);
  });
});

describe("B14 swapping the client or scope at POST /oauth2/authorize", () => {
  // An OpenID request drops such a scope and goes on (docs/api.md#authorization-endpoint); a plain OAuth 2.0 one is refused.
  it("B14 answers a scope outside the client's, in a plain OAuth 2.0 request, with a 303 to its redirect_uri carrying invalid_scope, state and iss, and no code", async () => {
    const browser = await signedInBob();
    const response = await postDecision(browser, {
      response_type: "code",
      client_id: DEMO.notes.client_id,
      redirect_uri: NOTES_CALLBACK,
      scope: "files:read accounts.self:write",
      state: "swap-1",
      decision: "allow",
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(`${location.origin}${location.pathname}`).toBe(NOTES_CALLBACK);
    expect(location.searchParams.get("error")).toBe("invalid_scope");
    expect(location.searchParams.get("state")).toBe("swap-1");
    expect(location.searchParams.get("iss")).toBe(server.url);
    expect(location.searchParams.has("code")).toBe(false);
  });

  it("B14 answers Demo Mobile's client_id with Demo Notes' redirect_uri with our error page (invalid_redirect_uri), never the app", async () => {
    const browser = await signedInBob();
    const response = await postDecision(browser, {
      response_type: "code",
      client_id: DEMO.mobile.client_id,
      redirect_uri: NOTES_CALLBACK,
      scope: "openid",
      state: "swap-2",
      decision: "allow",
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.origin).toBe(server.url);
    expect(location.pathname).toBe("/error");
    expect(location.searchParams.get("error")).toBe("invalid_redirect_uri");
    expect(location.searchParams.has("code")).toBe(false);
  });

  it("B14 answers an unknown client_id with our error page (invalid_client), never a redirect to the app", async () => {
    const browser = await signedInBob();
    const response = await postDecision(browser, {
      response_type: "code",
      client_id: "00000000-0000-4000-8000-000000000000",
      redirect_uri: NOTES_CALLBACK,
      scope: "openid",
      decision: "allow",
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get("location") ?? "");
    expect(location.origin).toBe(server.url);
    expect(location.pathname).toBe("/error");
    expect(location.searchParams.get("error")).toBe("invalid_client");
  });
});
