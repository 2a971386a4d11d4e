import { beforeEach, describe, expect, it } from "vitest";
import { authorizeThroughSpa, TestBrowser } from "../../test/browser.ts";
import { DEMO } from "../../test/fixtures.ts";
import { lineLogger, useTestServer } from "../../test/harness.ts";
import { codeOf, postToken, redeemAsNotes, tokensOf } from "../../test/oauth-app.ts";
import { redactedUrl } from "./request-log.ts";

const lines: string[] = [];
beforeEach(() => {
  lines.length = 0;
});
const server = useTestServer({ logger: lineLogger(lines) });

describe("the request log", () => {
  it("writes one structured line per request, and never a password, secret, code or token", async () => {
    const browser = new TestBrowser(server.url);
    const back = await authorizeThroughSpa(server, {
      browser,
      params: { nonce: "nonce-to-hide", state: "state-to-hide" },
    });
    const code = codeOf(back);
    const tokens = await tokensOf(await redeemAsNotes(server.url, code));
    await fetch(`${server.url}/api/2.0/people/@self?access_token=${tokens.access_token}`);
    await postToken(
      server.url,
      { grant_type: "refresh_token", refresh_token: tokens.refresh_token },
      {
        authorization: `Basic ${Buffer.from(`${DEMO.notes.client_id}:${DEMO.notes.client_secret}`).toString("base64")}`,
      },
    );

    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req);
    // authorize, interaction, sign-in, interaction, consent, token, DocSpace, refresh
    expect(requests.length).toBe(8);
    for (const entry of requests) {
      expect(entry).toMatchObject({
        req: { method: expect.any(String), url: expect.any(String) },
        res: { statusCode: expect.any(Number) },
      });
      expect(entry.responseTime).toEqual(expect.any(Number));
    }
    const everything = lines.join("\n");
    for (const secret of [
      "Bob-Pa55!",
      DEMO.notes.client_secret,
      code,
      tokens.access_token,
      tokens.refresh_token,
      tokens.id_token ?? "no id_token",
      "nonce-to-hide",
      "state-to-hide",
      ...browser.cookies.values(),
    ]) {
      expect(everything).not.toContain(secret);
    }
  });
});

describe("redactedUrl", () => {
  it("replaces secret-bearing query values and interaction ids", () => {
    expect(redactedUrl("/oauth2/authorize?client_id=abc&state=s3cret&code_challenge=x")).toBe(
      "/oauth2/authorize?client_id=abc&state=%5Bredacted%5D&code_challenge=x",
    );
    expect(redactedUrl("/api/interactions/AbC123/consent")).toBe("/api/interactions/[redacted]/consent");
    expect(redactedUrl("/interaction/AbC123")).toBe("/interaction/[redacted]");
  });
});

describe("redactedUrl on targets a URL parser cannot read (N64)", () => {
  it.each([
    ["http://[", "/"],
    ["http://[/oauth2/authorize?state=s3cret", "/oauth2/authorize?state=%5Bredacted%5D"],
    ["//[/interaction/AbC123", "//[/interaction/AbC123"],
    ["/logos/%zz?code=%zz", "/logos/%zz?code=%5Bredacted%5D"],
    ["http://x/API/Interactions/AbC123/consent", "/API/Interactions/[redacted]/consent"],
  ])("N64 logs %s as %s without throwing", (target, logged) => {
    expect(redactedUrl(target)).toBe(logged);
  });

  it("N64 keeps at most 2,048 characters of a target", () => {
    expect(redactedUrl(`/${"a".repeat(10_000)}`)).toHaveLength(2048);
  });
});
