import { connect } from "node:net";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lineLogger, useTestServer } from "../../test/harness.ts";

const lines: string[] = [];
const server = useTestServer({ per: "file", logger: lineLogger(lines) });

/** One route of every family: OAuth endpoints (Express and `node:http`), discovery, the SPA's API, DocSpace, logos, the SPA. */
const ROUTES = [
  "/oauth2/authorize",
  "/oauth2/token",
  "/oauth2/revoke",
  "/oauth2/introspect",
  "/oauth2/userinfo",
  "/oauth2/logout",
  "/oauth2/jwks",
  "/.well-known/openid-configuration",
  "/api/session",
  "/api/interactions/abc",
  "/api/clients",
  "/api/consents",
  "/api/2.0/people/@self",
  "/logos/abc",
  "/interaction/abc",
] as const;
const METHODS = ["GET", "POST", "OPTIONS", "PUT"] as const;

/** The status of the answer to `target` sent verbatim on a raw socket, or null when the server closed without one. */
function sendRaw(method: string, target: string): Promise<number | null> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer and no close for ${method} ${target}`));
    }, 5_000);
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => {
      answer += chunk;
    });
    socket.on("error", () => undefined); // a reset is a closed connection: judged on close
    socket.on("close", () => {
      clearTimeout(timer);
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(answer)?.[1];
      resolve(status === undefined ? null : Number(status));
    });
    const body = method === "POST" || method === "PUT" ? "a=1" : "";
    socket.write(
      `${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n` +
        `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    );
  });
}

/** A 4xx or a closed connection: never a 5xx, never served as if the target were fine. */
function expectRefused(status: number | null, target: string) {
  if (status !== null) expect(status, target).toBeGreaterThanOrEqual(400);
  if (status !== null) expect(status, target).toBeLessThan(500);
}

async function expectStillServing() {
  const response = await fetch(`${server.url}/.well-known/openid-configuration`);
  expect(response.status).toBe(200);
}

const BROKEN_HOSTS = ["[", "[::", "[zz]", "[::1", "%zz", "a%", "x:99999", "[", "@[", "xn--", "::"];

describe("request targets a URL parser cannot read (N64)", () => {
  it.each(ROUTES)(
    "N64 refuses absolute-form with a broken host, //[ and bad percent-encoding on %s",
    async (route) => {
      const targets = [
        `http://[${route}`,
        `http://[`,
        `https://[::${route}?state=x`,
        `//[${route}`,
        `//[`,
        `${route}/%zz`,
        `${route}/%`,
        `${route}%E0%A4%A`,
      ];
      for (const method of METHODS) {
        for (const target of targets) expectRefused(await sendRaw(method, target), `${method} ${target}`);
      }
      await expectStillServing();
    },
  );

  it("N64 refuses fast-check generated targets on every route family with logging on, and keeps serving", async () => {
    const brokenHost = fc.oneof(fc.constantFrom(...BROKEN_HOSTS), fc.stringMatching(/^\[[0-9a-z:%]{0,12}$/));
    const badEscape = fc.constantFrom("%", "%z", "%zz", "%g0", "%%", "%E0%A4%A", "%C0", "%ZZ%");
    const query = fc.option(fc.stringMatching(/^[?][a-z_=&%]{0,24}$/), { nil: "" });
    const target = fc.oneof(
      fc
        .tuple(fc.constantFrom("http", "https"), brokenHost, fc.constantFrom(...ROUTES), query)
        .map(([scheme, host, route, rest]) => `${scheme}://${host}${route}${rest}`),
      fc
        .tuple(brokenHost, fc.constantFrom(...ROUTES), query)
        .map(([host, route, rest]) => `//${host}${route}${rest}`),
      fc
        .tuple(fc.constantFrom(...ROUTES), badEscape, query)
        .map(([route, bad, rest]) => `${route}/${bad}${rest}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...METHODS), target, async (method, generated) => {
        expectRefused(await sendRaw(method, generated), `${method} ${generated}`);
      }),
      { numRuns: 300 },
    );
    await expectStillServing();
    const logged = lines.map((line) => JSON.parse(line)).filter((entry) => entry.req);
    expect(logged.some((entry) => entry.res?.statusCode === 400)).toBe(true);
  });
});
