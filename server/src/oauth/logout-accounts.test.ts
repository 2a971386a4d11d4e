import { sessionAnswerSchema, tokenResponseSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import {
  ALICE,
  authorizeThroughSpa,
  BOB,
  CAROL,
  codeOf,
  NOTES_CALLBACK,
  redeemAsNotes,
  signIn,
  TestBrowser,
  useTestServer,
} from "../../test/harness.ts";

// #18: RP-Initiated Logout with several accounts in one browser (docs/api.md#logout, docs/api.md#several-accounts).

const server = useTestServer();

/** Alice and then bob sign in to Demo Notes in one browser: the browser and each one's ID token. */
async function aliceAndBobInNotes() {
  const browser = new TestBrowser(server.url);
  const idTokens: string[] = [];
  const accessTokens: string[] = [];
  for (const person of [ALICE, BOB]) {
    const back = await authorizeThroughSpa(server, {
      browser,
      params: { scope: "openid", login_hint: person.email, prompt: "login" },
      email: person.email,
      password: person.password,
    });
    const tokens = tokenResponseSchema.parse(await (await redeemAsNotes(server.url, codeOf(back))).json());
    if (!tokens.id_token) throw new Error("expected an ID token");
    idTokens.push(tokens.id_token);
    accessTokens.push(tokens.access_token);
  }
  const [alice = "", bob = ""] = idTokens;
  return { browser, alice, bob, bobsAccessToken: accessTokens[1] ?? "" };
}

async function signedInEmails(browser: TestBrowser): Promise<string[]> {
  const response = await browser.json("/api/session", "GET");
  if (response.status === 401) return [];
  return (sessionAnswerSchema.parse(await response.json()).accounts ?? []).map((account) => account.email);
}

const logout = (browser: TestBrowser, params: Record<string, string>) =>
  browser.fetch(`/oauth2/logout?${new URLSearchParams(params)}`);

describe("GET /oauth2/logout with several accounts", () => {
  it("with bob's id_token_hint ends bob's session only, and returns to the app", async () => {
    const { browser, bob } = await aliceAndBobInNotes();
    expect(await signedInEmails(browser)).toEqual([BOB.email, ALICE.email]);
    const response = await logout(browser, { id_token_hint: bob, post_logout_redirect_uri: NOTES_CALLBACK });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(NOTES_CALLBACK);
    expect(await signedInEmails(browser)).toEqual([ALICE.email]);
    expect(await server.store.sessions.listByUser(BOB.id)).toEqual([]);
  });

  it("takes no access token for a hint, though the same keys sign it (RFC 9068 §4): every account ends", async () => {
    const { browser, bobsAccessToken } = await aliceAndBobInNotes();
    expect((await logout(browser, { id_token_hint: bobsAccessToken })).status).toBe(303);
    expect(await signedInEmails(browser)).toEqual([]);
  });

  it("with alice's hint ends alice's, though bob is the active account", async () => {
    const { browser, alice } = await aliceAndBobInNotes();
    expect((await logout(browser, { id_token_hint: alice })).status).toBe(303);
    expect(await signedInEmails(browser)).toEqual([BOB.email]);
  });

  it("without a hint, with a tampered one, or one naming someone not signed in here, ends every account", async () => {
    const carol = new TestBrowser(server.url);
    const back = await authorizeThroughSpa(server, {
      browser: carol,
      params: { scope: "openid" },
      email: CAROL.email,
      password: CAROL.password,
      portalId: "globex",
    });
    const carolsToken = tokenResponseSchema.parse(
      await (await redeemAsNotes(server.url, codeOf(back))).json(),
    ).id_token;
    const { alice } = await aliceAndBobInNotes();
    const [header, payload, signature] = alice.split(".");
    const hints: Record<string, string>[] = [
      {},
      { id_token_hint: `${header}.${payload}x.${signature}` },
      { id_token_hint: carolsToken ?? "none" },
    ];
    for (const params of hints) {
      const browser = new TestBrowser(server.url);
      expect((await signIn(browser, ALICE.email, ALICE.password)).status).toBe(200);
      expect((await signIn(browser, BOB.email, BOB.password)).status).toBe(200);
      expect((await logout(browser, params)).status).toBe(303);
      expect(await signedInEmails(browser)).toEqual([]);
      expect(browser.cookies.has("gatehouse_session")).toBe(false);
    }
  });
});
