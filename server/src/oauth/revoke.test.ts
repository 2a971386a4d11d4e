import { type TokenResponse, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { expectNoStoreError } from "../../test/answers.ts";
import { authorizeThroughSpa } from "../../test/browser.ts";
import { DEMO, NOTES } from "../../test/fixtures.ts";
import { useTestServer } from "../../test/harness.ts";
import {
  bearerStatus,
  codeOf,
  expectAccessTokenDead as expectDead,
  introspectionAsNotes,
  postToken,
  redeemAsNotes,
} from "../../test/oauth-app.ts";

const NOTES_AUTH = { client_id: NOTES.client_id, client_secret: NOTES.client_secret };
const MOBILE_AUTH = { client_id: DEMO.mobile.client_id };

const server = useTestServer({ per: "file" });

async function notesTokens(scope = "openid accounts.self:read files:read"): Promise<TokenResponse> {
  const back = await authorizeThroughSpa(server, { params: { scope } });
  const code = codeOf(back);
  const response = await redeemAsNotes(server.url, code);
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

const revoke = (form: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/oauth2/revoke`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(form),
  });

async function expectRevoked(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("cache-control")).toBe("no-store");
  expect(await response.text()).toBe("");
}

const refresh = (refreshToken: string) =>
  postToken(server.url, { grant_type: "refresh_token", refresh_token: refreshToken, ...NOTES_AUTH });

const apiStatus = (accessToken: string) => bearerStatus(server.url, accessToken);

const introspect = (token: string) => introspectionAsNotes(server.url, token);
const expectAccessTokenDead = (accessToken: string) => expectDead(server.url, accessToken);

async function expectAccessTokenLive(accessToken: string) {
  expect((await apiStatus(accessToken)).status).toBe(200);
  expect(await introspect(accessToken)).toMatchObject({ active: true });
}

describe("POST /oauth2/revoke", () => {
  it("F37 answers 200 to a garbage token", async () => {
    await expectRevoked(await revoke({ token: "not-a-token-at-all", ...NOTES_AUTH }));
    await expectRevoked(await revoke({ token: "eyJhbGciOiJub25lIn0.e30.", ...NOTES_AUTH }));
    await expectRevoked(await revoke({ token: "garbage", token_type_hint: "refresh_token", ...MOBILE_AUTH }));
  });

  it("F37 answers 401 invalid_client without client authentication, and revokes nothing", async () => {
    const tokens = await notesTokens();
    const unauthenticated = await revoke({ token: tokens.refresh_token });
    expect(unauthenticated.headers.get("www-authenticate")).toMatch(/^Basic realm=/);
    await expectNoStoreError(unauthenticated, 401, "invalid_client");
    await expectNoStoreError(
      await revoke({ token: tokens.refresh_token, client_id: NOTES.client_id }),
      401,
      "invalid_client",
    );
    await expectNoStoreError(
      await revoke({ token: tokens.refresh_token, client_id: NOTES.client_id, client_secret: "wrong" }),
      401,
      "invalid_client",
    );
    await expectAccessTokenLive(tokens.access_token);
    expect((await refresh(tokens.refresh_token)).status).toBe(200);
  });

  it("F37 answers 200 to another client's token and leaves it valid", async () => {
    const tokens = await notesTokens();
    await expectRevoked(await revoke({ token: tokens.access_token, ...MOBILE_AUTH }));
    await expectRevoked(await revoke({ token: tokens.refresh_token, ...MOBILE_AUTH }));
    await expectAccessTokenLive(tokens.access_token);
    expect((await refresh(tokens.refresh_token)).status).toBe(200);
  });

  it.each([
    ["no hint", {}],
    ["the wrong hint access_token", { token_type_hint: "access_token" }],
    ["the hint refresh_token", { token_type_hint: "refresh_token" }],
    ["an unknown hint", { token_type_hint: "id_token" }],
  ])(
    "F38 revoking a refresh token with %s ends it and every access token of its grant",
    async (_name, hint) => {
      const tokens = await notesTokens();
      const rotated = tokenResponseSchema.parse(await (await refresh(tokens.refresh_token)).json());
      await expectAccessTokenLive(rotated.access_token);

      await expectRevoked(await revoke({ token: rotated.refresh_token, ...hint, ...NOTES_AUTH }));

      await expectAccessTokenDead(rotated.access_token);
      await expectAccessTokenDead(tokens.access_token);
      await expectNoStoreError(await refresh(rotated.refresh_token), 400, "invalid_grant");
      expect(await introspect(rotated.refresh_token)).toEqual({ active: false });
    },
  );

  it("F38 revokes a refresh token with client_secret_basic", async () => {
    const tokens = await notesTokens();
    const credentials = Buffer.from(`${NOTES.client_id}:${NOTES.client_secret}`).toString("base64");
    await expectRevoked(
      await revoke(
        { token: tokens.refresh_token, token_type_hint: "refresh_token" },
        { authorization: `Basic ${credentials}` },
      ),
    );
    await expectAccessTokenDead(tokens.access_token);
  });

  it("revoking an access token ends it alone: its refresh token still works", async () => {
    const tokens = await notesTokens();
    await expectRevoked(
      await revoke({ token: tokens.access_token, token_type_hint: "access_token", ...NOTES_AUTH }),
    );
    await expectAccessTokenDead(tokens.access_token);

    const refreshed = await refresh(tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const next = tokenResponseSchema.parse(await refreshed.json());
    await expectAccessTokenLive(next.access_token);
  });

  it("revoking an access token twice answers 200 both times", async () => {
    const tokens = await notesTokens();
    await expectRevoked(await revoke({ token: tokens.access_token, ...NOTES_AUTH }));
    await expectRevoked(await revoke({ token: tokens.access_token, ...NOTES_AUTH }));
    await expectAccessTokenDead(tokens.access_token);
  });

  it("L58 refuses a JSON or text body with 400 invalid_request", async () => {
    const tokens = await notesTokens();
    for (const [contentType, body] of [
      ["application/json", JSON.stringify({ token: tokens.refresh_token, ...NOTES_AUTH })],
      ["text/plain", new URLSearchParams({ token: tokens.refresh_token, ...NOTES_AUTH }).toString()],
    ] as const) {
      const response = await fetch(`${server.url}/oauth2/revoke`, {
        method: "POST",
        headers: { "content-type": contentType },
        body,
      });
      await expectNoStoreError(response, 400, "invalid_request");
    }
    await expectAccessTokenLive(tokens.access_token);
  });

  it("refuses a request without a token with 400 invalid_request", async () => {
    await expectNoStoreError(await revoke({ ...NOTES_AUTH }), 400, "invalid_request");
  });
});
