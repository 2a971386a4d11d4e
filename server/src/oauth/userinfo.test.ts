import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { expectNoStoreError } from "../../test/answers.ts";
import { authorizeThroughSpa } from "../../test/browser.ts";
import { DEMO } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import { codeOf, redeemAsNotes } from "../../test/oauth-app.ts";

const BOB = DEMO.users[1];

const server = useTestServer({ per: "file", env: { ACCESS_TOKEN_TTL: "300" } });

async function notesTokens(scope: string): Promise<TokenResponse> {
  const back = await authorizeThroughSpa(server, { params: { scope } });
  const code = codeOf(back);
  const response = await redeemAsNotes(server.url, code);
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

const userinfo = (method: "GET" | "POST", headers: Record<string, string> = {}) =>
  fetch(`${server.url}/oauth2/userinfo`, { method, headers });

const bearer = (accessToken: string) => ({ authorization: `Bearer ${accessToken}` });

describe("GET|POST /oauth2/userinfo", () => {
  it.each(["GET", "POST"] as const)(
    "H answers %s with the person's claims for a token with openid",
    async (method) => {
      const tokens = await notesTokens("openid profile email accounts.self:read");
      const response = await userinfo(method, bearer(tokens.access_token));
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
      expect(await response.json()).toEqual({
        sub: BOB.id,
        name: BOB.display_name,
        locale: BOB.locale,
        updated_at: expect.any(Number),
        email: BOB.email,
        email_verified: true,
      });
    },
  );

  it("H answers sub alone for a token with openid but neither profile nor email", async () => {
    const tokens = await notesTokens("openid accounts.self:read");
    const response = await userinfo("GET", bearer(tokens.access_token));
    expect(await response.json()).toEqual({ sub: BOB.id });
  });

  it("H45 answers no token with 401 and a bare Bearer challenge, without an error code", async () => {
    for (const method of ["GET", "POST"] as const) {
      const response = await userinfo(method);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="gatehouse"');
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
  });

  it("H47 answers a token without openid with 403 insufficient_scope", async () => {
    const tokens = await notesTokens("accounts.self:read files:read");
    const response = await userinfo("GET", bearer(tokens.access_token));
    expect(response.headers.get("www-authenticate")).toMatch(
      /^Bearer realm="gatehouse", error="insufficient_scope", .*scope="openid"$/,
    );
    await expectNoStoreError(response, 403, "insufficient_scope");
  });

  it("H47 answers an expired token with 401 invalid_token", async () => {
    const tokens = await notesTokens("openid");
    expect((await userinfo("GET", bearer(tokens.access_token))).status).toBe(200);
    server.clock.advance(301);
    const response = await userinfo("GET", bearer(tokens.access_token));
    expect(response.headers.get("www-authenticate")).toMatch(
      /^Bearer realm="gatehouse", error="invalid_token"/,
    );
    await expectNoStoreError(response, 401, "invalid_token");
  });
});
