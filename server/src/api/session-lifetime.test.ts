import { describe, expect, it } from "vitest";
import { signIn, TestBrowser } from "../../test/browser.ts";
import { useTestServer } from "../../test/harness.ts";

const server = useTestServer();

async function signedInBob(): Promise<TestBrowser> {
  const browser = new TestBrowser(server.url);
  expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
  return browser;
}

const sessionStatus = async (browser: TestBrowser) => (await browser.json("/api/session", "GET")).status;

describe("session lifetimes (OWASP ASVS 7.3)", () => {
  it("ends a session left unused for 30 minutes", async () => {
    const browser = await signedInBob();
    server.clock.advance(29 * 60);
    expect(await sessionStatus(browser)).toBe(200);
    server.clock.advance(30 * 60);
    expect(await sessionStatus(browser)).toBe(401);
  });

  it("keeps a session in use alive past the idle timeout", async () => {
    const browser = await signedInBob();
    for (let i = 0; i < 4; i += 1) {
      server.clock.advance(20 * 60);
      expect(await sessionStatus(browser)).toBe(200);
    }
  });

  it("ends any session 8 hours after sign-in, however busy", async () => {
    const browser = await signedInBob();
    for (let i = 0; i < 23; i += 1) {
      server.clock.advance(20 * 60);
      expect(await sessionStatus(browser)).toBe(200);
    }
    server.clock.advance(21 * 60);
    expect(await sessionStatus(browser)).toBe(401);
  });
});
