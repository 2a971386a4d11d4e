import { randomBytes } from "node:crypto";
import { ExpressAuth, type ExpressAuthConfig, getSession } from "@auth/express";
import express from "express";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { z } from "zod";
import { refreshedSchema } from "../support/app-answers.ts";
import { expectRotated, signInThroughGatehouse } from "../support/cookie-app.ts";
import { HttpBrowser } from "../support/http-browser.ts";
import { expectOk } from "../support/journey.ts";
import { registerApp } from "../support/register-app.ts";
import { openRelyingParty, type RelyingParty } from "../support/relying-party.ts";
import { authorizationRequest, signingAlgorithm } from "../support/tokens.ts";

/** The run's Gatehouse (support/global-setup.ts); this file registers its own app there. */
const issuer = inject("issuer");
let rp: RelyingParty;

/** What the app keeps in Auth.js's JWT session beside the user: the tokens, per Auth.js's refresh guide. */
const keptSchema = z.object({
  /** The provider's subject: Auth.js keeps it as the account's `providerAccountId` (its user id is its own). */
  provider_account_id: z.string(),
  access_token: z.string(),
  refresh_token: z.string(),
  id_token_alg: z.string(),
});
const tokenAnswerSchema = z.object({ access_token: z.string(), refresh_token: z.string() });
const csrfSchema = z.object({ csrfToken: z.string() });
const sessionSchema = z.object({
  user: z.object({ name: z.string().nullish(), email: z.string().nullish() }),
  kept: keptSchema,
});

/**
 * Auth.js has no refresh call of its own; its guide refreshes in the `jwt` callback with a token
 * request. This is that recipe, triggered by a session update instead of an expiry, so the test need not wait.
 * @see RFC 6749 §6
 */
async function refreshTokens(client: { client_id: string; client_secret?: string }, refreshToken: string) {
  const metadata = z
    .object({ token_endpoint: z.string() })
    .parse(await expectOk(fetch(`${issuer}/.well-known/openid-configuration`)));
  const body = new URLSearchParams({
    grant_type: "refresh_token",
    refresh_token: refreshToken,
    client_id: client.client_id,
    client_secret: client.client_secret ?? "",
  });
  return tokenAnswerSchema.parse(await expectOk(fetch(metadata.token_endpoint, { method: "POST", body })));
}

/** `@auth/express` with a generic OIDC provider: issuer, id and secret; the rest as it ships. */
function authJsApp(client: { client_id: string; client_secret?: string }) {
  const config: ExpressAuthConfig = {
    providers: [
      {
        id: "gatehouse",
        name: "Gatehouse",
        type: "oidc",
        issuer,
        clientId: client.client_id,
        ...(client.client_secret ? { clientSecret: client.client_secret } : {}),
      },
    ],
    // Deployment settings of any Auth.js app: its cookie key, and its own URL taken from the Host header.
    secret: randomBytes(32).toString("hex"),
    trustHost: true,
    callbacks: {
      async jwt({ token, account, trigger }) {
        if (account) {
          const kept = {
            provider_account_id: account.providerAccountId,
            access_token: account.access_token,
            refresh_token: account.refresh_token,
            id_token_alg: signingAlgorithm(account.id_token ?? ""),
          };
          return { ...token, kept: keptSchema.parse(kept) };
        }
        if (trigger !== "update") return token;
        const kept = keptSchema.parse(token.kept);
        return { ...token, kept: { ...kept, ...(await refreshTokens(client, kept.refresh_token)) } };
      },
      session({ session, token }) {
        return { ...session, kept: token.kept };
      },
    },
  };
  const app = express();
  app.use("/auth", ExpressAuth(config));
  app.get("/", (_req, res) => {
    res.type("text").send("signed in");
  });
  app.get("/me", async (req, res) => {
    const session = sessionSchema.parse(await getSession(req, config));
    const userinfo = await expectOk(
      fetch(`${issuer}/oauth2/userinfo`, {
        headers: { authorization: `Bearer ${session.kept.access_token}` },
      }),
    );
    res.json({
      user: { sub: session.kept.provider_account_id, name: session.user.name, email: session.user.email },
      userinfo,
      id_token_alg: session.kept.id_token_alg,
    });
  });
  return app;
}

beforeAll(async () => {
  rp = await openRelyingParty();
  const client = await registerApp(issuer, {
    name: "Auth.js",
    redirect_uris: [`${rp.url}/auth/callback/gatehouse`],
    allowed_origins: [rp.url],
  });
  rp.serve(authJsApp(client));
});
afterAll(() => rp?.stop());

describe("Auth.js (@auth/express) with a generic OIDC provider and its defaults", () => {
  const browser = new HttpBrowser();

  /** Auth.js's own session call: GET reads it, POST with the CSRF token updates it. */
  async function session(method: "GET" | "POST") {
    const { csrfToken } = csrfSchema.parse(await expectOk(browser.request(new URL("/auth/csrf", rp.url))));
    const init: RequestInit =
      method === "GET"
        ? {}
        : { method, headers: { "content-type": "application/json" }, body: JSON.stringify({ csrfToken }) };
    return sessionSchema.parse(await expectOk(browser.request(new URL("/auth/session", rp.url), init)));
  }

  it("signs a person in with code + PKCE, `openid profile email` and an RS256 ID token, the user taken from it", async () => {
    const { csrfToken } = csrfSchema.parse(await expectOk(browser.request(new URL("/auth/csrf", rp.url))));
    await browser.submit(`${rp.url}/auth/signin/gatehouse`, { csrfToken, callbackUrl: `${rp.url}/` });
    const request = authorizationRequest(browser.history, issuer);
    expect(request.get("scope")).toBe("openid profile email");
    expect(request.get("code_challenge_method")).toBe("S256");

    // Auth.js reads an OIDC provider's user from the ID token; its access token reads the same person from userinfo.
    await signInThroughGatehouse(browser, issuer, rp.url);
  });

  it("refreshes in its `jwt` callback on a session update and gets a new access token and a rotated refresh token", async () => {
    const before = await session("GET");
    const after = await session("POST");
    await expectRotated(issuer, refreshedSchema.parse({ before: before.kept, after: after.kept }));
    expect((await session("GET")).kept).toEqual(after.kept);
  });
});
