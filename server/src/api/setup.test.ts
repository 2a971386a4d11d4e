import { writeFile } from "node:fs/promises";
import path from "node:path";
import { sessionAnswerSchema } from "@gatehouse/shared";
import { describe, expect, it } from "vitest";
import { expectError } from "../../test/answers.ts";
import { newDataDir, startServerProcess } from "../../test/attack/process.ts";
import { signIn, TestBrowser } from "../../test/browser.ts";
import { useTestServer } from "../../test/harness.ts";
import { tokenOf } from "../../test/mail.ts";
import { GOOD_PASSWORD } from "../../test/people.ts";
import { bootstrapOwner, issueSetupLink } from "../domain/setup.ts";

const OWNER = {
  portal_name: "Initech",
  email: "olga@initech.example",
  display_name: "Olga Owner",
  password: GOOD_PASSWORD,
};

describe("POST /api/setup and /api/setup/lookup on an empty store (docs/api.md#setup)", () => {
  const server = useTestServer({ seed: false });
  const setupToken = async () => tokenOf((await issueSetupLink(server, server.url)) ?? "");
  const post = (pathname: string, body: object) => new TestBrowser(server.url).json(pathname, "POST", body);

  it("creates the first portal and its owner from the link's token, and signs them in", async () => {
    const token = await setupToken();
    expect((await post("/api/setup/lookup", { token })).status).toBe(200);
    const browser = new TestBrowser(server.url);
    const response = await browser.json("/api/setup", "POST", { token, ...OWNER });
    expect(response.status).toBe(200);
    expect(sessionAnswerSchema.parse(await response.json())).toEqual({
      user: {
        email: OWNER.email,
        display_name: OWNER.display_name,
        portal: { id: "initech", name: "Initech" },
        role: "owner",
      },
      portals: [{ id: "initech", name: "Initech" }],
    });
    expect((await browser.json("/api/people", "GET")).status).toBe(200);
    expect((await signIn(new TestBrowser(server.url), OWNER.email, GOOD_PASSWORD)).status).toBe(200);
  });

  it("N75 works once, even for requests at the same moment; then every setup link is dead (410)", async () => {
    const [token, other] = [await setupToken(), await setupToken()];
    const answers = await Promise.all(
      [1, 2, 3].map(() => post("/api/setup", { token, ...OWNER, portal_id: "acme" })),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 410, 410]);
    await expectError(await post("/api/setup/lookup", { token }), 410, "expired");
    await expectError(await post("/api/setup/lookup", { token: other }), 410, "expired");
    await expectError(
      await post("/api/setup", { token: other, ...OWNER, email: "mallory@example.com" }),
      410,
      "expired",
    );
    expect(await issueSetupLink(server, server.url)).toBeNull();
  });

  it("answers 410 expired after one hour and for an unknown token", async () => {
    const token = await setupToken();
    server.clock.advance(3600);
    await expectError(await post("/api/setup/lookup", { token }), 410, "expired");
    await expectError(await post("/api/setup", { token, ...OWNER }), 410, "expired");
    await expectError(await post("/api/setup/lookup", { token: "C".repeat(43) }), 410, "expired");
  });

  it("answers 400 weak_password or invalid_request without using the link", async () => {
    const token = await setupToken();
    await expectError(
      await post("/api/setup", { token, ...OWNER, password: "password1234" }),
      400,
      "weak_password",
    );
    await expectError(
      await post("/api/setup", { token, ...OWNER, portal_id: "Not An Id" }),
      400,
      "invalid_request",
    );
    await expectError(await post("/api/setup", { token, ...OWNER, email: "nope" }), 400, "invalid_request");
    expect((await post("/api/setup", { token, ...OWNER })).status).toBe(200);
  });

  it("makes the first owner once when several bootstraps run at once", async () => {
    const owner = {
      portal: { id: "initech", name: "Initech" },
      email: OWNER.email,
      displayName: "Olga",
      password: GOOD_PASSWORD,
    };
    const made = await Promise.all([1, 2, 3].map(() => bootstrapOwner(server, owner)));
    expect(made.filter(Boolean)).toHaveLength(1);
    expect((await server.store.countRecords()).users).toBe(1);
  });
});

describe("the first start of a real server", () => {
  it("logs one setup link on an empty store in production, which creates the owner; a restart logs none", async () => {
    const dataDir = await newDataDir();
    const env = { NODE_ENV: "production", SEED: "" };
    const first = await startServerProcess({ dataDir, env });
    let token: string;
    try {
      const lines = first
        .output()
        .split("\n")
        .filter((line) => line.includes("/setup#"));
      expect(lines).toHaveLength(1);
      const link = /(http:\/\/\S+\/setup#[A-Za-z0-9_-]+)/.exec(lines[0] ?? "")?.[1] ?? "";
      expect(link.startsWith(`${first.url}/setup#`)).toBe(true);
      token = tokenOf(link);
      const response = await new TestBrowser(first.url).json("/api/setup", "POST", { token, ...OWNER });
      expect(response.status).toBe(200);
    } finally {
      first.kill("SIGTERM");
      await first.exited;
    }
    const second = await startServerProcess({ dataDir, env, port: first.port });
    try {
      expect(second.output()).not.toContain("/setup#");
      expect((await signIn(new TestBrowser(second.url), OWNER.email, GOOD_PASSWORD)).status).toBe(200);
    } finally {
      second.kill("SIGTERM");
      await second.exited;
    }
  }, 90_000);

  it("creates the BOOTSTRAP_ portal and owner, with the password from its file", async () => {
    const dataDir = await newDataDir();
    const passwordFile = path.join(dataDir, "..", `${path.basename(dataDir)}-owner-password`);
    await writeFile(passwordFile, `${GOOD_PASSWORD}\n`, { mode: 0o600 });
    const env = {
      NODE_ENV: "production",
      SEED: "",
      BOOTSTRAP_PORTAL: "initech:Initech Corp",
      BOOTSTRAP_OWNER_EMAIL: "Olga@Initech.example",
      BOOTSTRAP_OWNER_PASSWORD_FILE: passwordFile,
    };
    const running = await startServerProcess({ dataDir, env });
    try {
      expect(running.output()).not.toContain("/setup#");
      const browser = new TestBrowser(running.url);
      const response = await signIn(browser, "olga@initech.example", GOOD_PASSWORD);
      expect(response.status).toBe(200);
      expect(sessionAnswerSchema.parse(await response.json()).portals).toEqual([
        { id: "initech", name: "Initech Corp" },
      ]);
      const people = (await (await browser.json("/api/people", "GET")).json()) as { role: string }[];
      expect(people.map((person) => person.role)).toEqual(["owner"]);
    } finally {
      running.kill("SIGTERM");
      await running.exited;
    }
  }, 60_000);
});
