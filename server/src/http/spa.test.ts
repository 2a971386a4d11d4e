import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { useTestServer } from "../../test/harness.ts";

// A stand-in for client/dist: the page and one hashed asset.
const spaDir = mkdtempSync(path.join(tmpdir(), "gatehouse-spa-"));
const PAGE = '<!doctype html><html lang="en"><body><div id="root"></div></body></html>';
writeFileSync(path.join(spaDir, "index.html"), PAGE);
mkdirSync(path.join(spaDir, "assets"));
writeFileSync(path.join(spaDir, "assets", "main-abc123.js"), "console.log(1)");

const server = useTestServer({ per: "file", spaDir });
afterAll(() => rmSync(spaDir, { recursive: true, force: true }));

async function get(pathname: string) {
  const response = await fetch(`${server.url}${pathname}`, { redirect: "manual" });
  return {
    status: response.status,
    body: await response.text(),
    cache: response.headers.get("cache-control"),
  };
}

describe("the SPA's pages over HTTP", () => {
  it.each([
    "/",
    "/error?error=invalid_client",
    "/signed-out",
    "/interaction/int_0123456789abcdef",
    "/developer-tools/oauth",
    "/developer-tools/oauth/a585c162-9587-4e5c-8796-d675ff2dbd6c/edit",
    "/connected-apps",
    "/account/",
    "/reset-password",
  ])("answers the page the router owns at %s with 200", async (pathname) => {
    const answer = await get(pathname);
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(PAGE);
    expect(answer.cache).toBe("no-cache");
  });

  it.each([
    "/nope",
    "/account/extra",
    "/interaction",
    "/developer-tools/oauth/x/delete",
    "/assets/missing.js",
  ])(
    "answers an unknown address %s with 404 and the SPA, which shows its not-found page",
    async (pathname) => {
      const answer = await get(pathname);
      expect(answer.status).toBe(404);
      expect(answer.body).toBe(PAGE);
      expect(answer.cache).toBe("no-cache");
    },
  );

  it("still serves hashed assets for a year and keeps the API's own 404s", async () => {
    const asset = await get("/assets/main-abc123.js");
    expect(asset.status).toBe(200);
    expect(asset.cache).toBe("public, max-age=31536000, immutable");
    const api = await get("/api/nope");
    expect(api.status).toBe(404);
    expect(api.body).not.toBe(PAGE);
  });
});
