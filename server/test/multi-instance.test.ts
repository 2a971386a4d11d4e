import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import {
  errorBodySchema,
  interactionSchema,
  type TokenResponse,
  tokenResponseSchema,
} from "@gatehouse/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../test-support/free-port.ts";
import { signIn, startInteraction, TestBrowser } from "./browser.ts";
import { NOTES as notes } from "./fixtures.ts";
import { authorizeUrl, postToken } from "./oauth-app.ts";
import { createTestDatabase } from "./postgres.ts";

const database = await createTestDatabase("the multi-instance test");

const TSX = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));

interface Instance {
  /** Where this process listens, e.g. http://127.0.0.1:40123 */
  url: string;
  process: ChildProcess;
  output: () => string;
}

/** `tsx src/main.ts` as a deploy would run it, answering once its discovery document does. */
async function startInstance(port: number, issuer: string, databaseUrl: string): Promise<Instance> {
  const child = spawn(TSX, [MAIN], {
    env: {
      ...process.env,
      STORE: "postgres",
      DATABASE_URL: databaseUrl,
      PORT: `${port}`,
      ISSUER: issuer,
      SEED: "demo",
      LOG_LEVEL: "warn",
      // An ephemeral management port: instances on one host must not share one (docs/operations.md#management-port).
      MANAGEMENT_PORT: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the instance on ${port} exited ${child.exitCode}: ${output}`);
    const ready = await fetch(`${url}/.well-known/openid-configuration`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return { url, process: child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`the instance on ${port} did not start within 30 s: ${output}`);
}

async function stopInstance(instance: Instance | undefined) {
  if (!instance || instance.process.exitCode !== null) return;
  const exited = once(instance.process, "exit");
  instance.process.kill("SIGTERM");
  const timer = setTimeout(() => instance.process.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(timer);
}

function codeOf(redirectTo: string): string {
  const code = new URL(redirectTo).searchParams.get("code");
  if (!code) throw new Error(`no code in ${redirectTo}`);
  return code;
}

async function tokensFrom(response: Response): Promise<TokenResponse> {
  expect(response.status).toBe(200);
  return tokenResponseSchema.parse(await response.json());
}

async function errorFrom(response: Response): Promise<string> {
  return errorBodySchema.parse(await response.json()).error;
}

describe("M63 several instances on one PostgreSQL database", () => {
  let a: Instance | undefined;
  let b: Instance | undefined;
  let issuer = "";
  const instances = () => {
    if (!a || !b) throw new Error("the instances did not start");
    return { a, b };
  };

  beforeAll(async () => {
    const [portA, portB] = [await freePort(), await freePort()];
    // One issuer for both, as behind a load balancer: tokens signed by either verify on both.
    issuer = `http://localhost:${portA}`;
    // Started at once: both migrate and both seed the empty database.
    const started = await Promise.allSettled([
      startInstance(portA, issuer, database.url),
      startInstance(portB, issuer, database.url),
    ]);
    [a, b] = started.map((result) => (result.status === "fulfilled" ? result.value : undefined));
    const failed = started.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
  }, 60_000);

  afterAll(async () => {
    await Promise.all([stopInstance(a), stopInstance(b)]);
    await database.drop();
  }, 30_000);

  /** Authorizes on A, signs in on B, reads the next step on A and consents on B: the code that comes back. */
  async function codeAcrossInstances(): Promise<string> {
    const { a, b } = instances();
    const browser = new TestBrowser(issuer, a.url);
    const id = await startInteraction(browser, authorizeUrl(issuer, { scope: "openid email files:read" }));
    browser.via = b.url;
    const first = interactionSchema.parse(
      await (await browser.json(`/api/interactions/${id}`, "GET")).json(),
    );
    expect(first.step).toBe("login");
    expect((await signIn(browser, "bob@example.com", "Bob-Pa55!")).status).toBe(200);
    browser.via = a.url;
    const second = interactionSchema.parse(
      await (await browser.json(`/api/interactions/${id}`, "GET")).json(),
    );
    // Consent given in an earlier test is remembered: the interaction is already done.
    if (second.step === "done" && second.redirect_to) return codeOf(second.redirect_to);
    expect(second.step).toBe("consent");
    browser.via = b.url;
    const consent = await browser.json(`/api/interactions/${id}/consent`, "POST", { decision: "allow" });
    expect(consent.status).toBe(200);
    const { redirect_to } = (await consent.json()) as { redirect_to: string };
    return codeOf(redirect_to);
  }

  it("lets a flow started on one instance finish on the other, and its code redeem on the first", async () => {
    const { a, b } = instances();
    const tokens = await tokensFrom(
      await postToken(a.url, {
        grant_type: "authorization_code",
        code: await codeAcrossInstances(),
        ...notes,
      }),
    );
    // Signing keys live in the database: B accepts what A signed.
    const userinfo = await fetch(`${b.url}/oauth2/userinfo`, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    expect(userinfo.status).toBe(200);
    expect(await userinfo.json()).toMatchObject({ email: "bob@example.com" });
  });

  it("gives exactly one success to 100 concurrent redemptions of one code across both", async () => {
    const { a, b } = instances();
    const code = await codeAcrossInstances();
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        postToken(i % 2 === 0 ? a.url : b.url, { grant_type: "authorization_code", code, ...notes }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
    expect(statuses.filter((status) => status === 400)).toHaveLength(99);
    const winner = responses[statuses.indexOf(200)];
    if (!winner) throw new Error("no redemption succeeded");
    const tokens = await tokensFrom(winner);
    const losers = responses.filter((response) => response.status === 400);
    expect(new Set(await Promise.all(losers.map(errorFrom)))).toEqual(new Set(["invalid_grant"]));
    // A second redemption revokes what the first issued, whichever instance saw which.
    const refresh = await postToken(b.url, {
      grant_type: "refresh_token",
      refresh_token: tokens.refresh_token,
      ...notes,
    });
    expect(refresh.status).toBe(400);
    expect(await errorFrom(refresh)).toBe("invalid_grant");
  });

  it("revokes the grant rotated on one instance when its old refresh token is reused on the other", async () => {
    const { a, b } = instances();
    const first = await tokensFrom(
      await postToken(a.url, {
        grant_type: "authorization_code",
        code: await codeAcrossInstances(),
        ...notes,
      }),
    );
    const rotated = await tokensFrom(
      await postToken(a.url, { grant_type: "refresh_token", refresh_token: first.refresh_token, ...notes }),
    );
    const reuse = await postToken(b.url, {
      grant_type: "refresh_token",
      refresh_token: first.refresh_token,
      ...notes,
    });
    expect(reuse.status).toBe(400);
    expect(await errorFrom(reuse)).toBe("invalid_grant");
    const newest = await postToken(a.url, {
      grant_type: "refresh_token",
      refresh_token: rotated.refresh_token,
      ...notes,
    });
    expect(newest.status).toBe(400);
    expect(await errorFrom(newest)).toBe("invalid_grant");
    const userinfo = await fetch(`${a.url}/oauth2/userinfo`, {
      headers: { authorization: `Bearer ${rotated.access_token}` },
    });
    expect(userinfo.status).toBe(401);
  });
});
