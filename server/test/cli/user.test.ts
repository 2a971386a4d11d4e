import { describe, expect, it, vi } from "vitest";
import { sha256 } from "../../src/domain/secrets.ts";
import { auditEvents } from "../audit.ts";
import { signIn, TestBrowser } from "../harness.ts";
import { registeredAuthenticator } from "../passkeys.ts";
import { setUpTotp } from "../second-factors.ts";
import { CLI_ISSUER, CLI_TEST_TIMEOUT, type CliEngine, ENGINES, runCli } from "./run-cli.ts";

vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT, hookTimeout: CLI_TEST_TIMEOUT });

const PASSWORD = "violet-harbour-lantern-42";
const NEW_PASSWORD = "copper-meadow-whistle-77";

/** Whether `email` can sign in with `password` through the API of a real server on the engine's data. */
async function canSignIn(engine: CliEngine, email: string, password: string): Promise<number> {
  const server = await engine.startServer();
  try {
    return (await signIn(new TestBrowser(server.url), email, password)).status;
  } finally {
    await server.close();
  }
}

describe.each(["lowdb", "postgres"] as const)("gatehouse user … on %s", (engineName) => {
  const engine = ENGINES[engineName]();
  const gatehouse = (args: string[], stdin = "") => runCli(args, { env: engine.env(), stdin });

  it("user add takes the password from stdin; the person signs in through the API with it", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    const added = await gatehouse(
      [
        "user",
        "add",
        "Ann@Example.com",
        "--portal",
        "acme",
        "--role",
        "owner",
        "--name",
        "Ann Lee",
        "--json",
      ],
      `${PASSWORD}\n`,
    );
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(JSON.parse(added.stdout)).toEqual([
      {
        user_id: expect.any(String),
        email: "ann@example.com",
        display_name: "Ann Lee",
        role: "owner",
        status: "active",
        last_sign_in_at: null,
        portal_id: "acme",
      },
    ]);
    expect(added.stdout).not.toContain(PASSWORD);
    expect(await canSignIn(engine, "ann@example.com", PASSWORD)).toBe(200);
  });

  it("user add refuses a weak password (exit 1, the rule's reason), an unknown portal, and a password in the arguments", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    const add = ["user", "add", "bob@example.com", "--portal", "acme", "--role", "user"];
    expect(await gatehouse(add, "short\n")).toEqual({
      code: 1,
      stdout: "",
      stderr: expect.stringMatching(/^gatehouse: .+\n$/),
    });
    expect(await gatehouse(["user", "add", "bob@example.com", "--portal", "nope", "--role", "user"])).toEqual(
      { code: 1, stdout: "", stderr: "gatehouse: no portal nope\n" },
    );
    const inArguments = await gatehouse([...add, "--password", PASSWORD]);
    expect(inArguments.code).toBe(2);
    expect(inArguments.stderr).toContain("--password");
    expect(inArguments.stderr).toContain(
      "usage: pnpm gatehouse user add <email> --portal <id> --role owner|admin|user [--name N] [--invite] [--json]",
    );
    const badRole = await gatehouse(["user", "add", "bob@example.com", "--portal", "acme", "--role", "boss"]);
    expect(badRole.code).toBe(2);
    expect(JSON.parse((await gatehouse(["user", "list", "--json"])).stdout)).toEqual([]);
  });

  it("user add --invite prints an ISSUER/invite# link whose token is stored only as a hash; user list shows them invited", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    const invited = await gatehouse([
      "user",
      "add",
      "cy@example.com",
      "--portal",
      "acme",
      "--role",
      "admin",
      "--invite",
    ]);
    expect(invited.code).toBe(0);
    const match = /^https:\/\/gatehouse\.example\/invite#([A-Za-z0-9_-]{43})\n$/.exec(invited.stdout);
    expect(match).not.toBeNull();
    const listed = await gatehouse(["user", "list", "--portal", "acme", "--json"]);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({
        email: "cy@example.com",
        role: "admin",
        status: "invited",
        portal_id: "acme",
      }),
    ]);
    const server = await engine.startServer();
    try {
      const record = await server.store.oneTimeTokens.get(sha256(match?.[1] ?? ""));
      expect(record).toMatchObject({ kind: "invitation", email: "cy@example.com", role: "admin" });
      expect(JSON.stringify(await server.store.oneTimeTokens.listInvitations("acme"))).not.toContain(
        match?.[1],
      );
    } finally {
      await server.close();
    }
  });

  it("user set-role keeps a portal's last active owner (exit 1 with the reason) and changes other roles; user list prints one JSON array", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    await gatehouse(["user", "add", "ann@example.com", "--portal", "acme", "--role", "owner"], PASSWORD);
    await gatehouse(["user", "add", "dan@example.com", "--portal", "acme", "--role", "user"], NEW_PASSWORD);
    expect(
      await gatehouse(["user", "set-role", "ann@example.com", "--portal", "acme", "--role", "admin"]),
    ).toEqual({
      code: 1,
      stdout: "",
      stderr: "gatehouse: a portal keeps at least one active owner\n",
    });
    expect(await gatehouse(["user", "disable", "ann@example.com"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "gatehouse: a portal keeps at least one active owner\n",
    });
    const promoted = await gatehouse([
      "user",
      "set-role",
      "dan@example.com",
      "--portal",
      "acme",
      "--role",
      "owner",
    ]);
    expect(promoted.code).toBe(0);
    expect(promoted.stdout).toMatch(
      /^EMAIL +NAME +PORTAL +ROLE +STATUS +LAST SIGN-IN\ndan@example.com +dan +acme +owner +active +never\n$/,
    );
    const listed = await gatehouse(["user", "list", "--json"]);
    expect(JSON.parse(listed.stdout)).toEqual([
      expect.objectContaining({ email: "ann@example.com", role: "owner", portal_id: "acme" }),
      expect.objectContaining({ email: "dan@example.com", role: "owner", portal_id: "acme" }),
    ]);
    expect(listed.stdout.trim().split("\n")).toHaveLength(1);
  });

  it("user disable stops sign-in (as a wrong password does); user enable lets the person back in", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    await gatehouse(["user", "add", "ann@example.com", "--portal", "acme", "--role", "owner"], PASSWORD);
    await gatehouse(["user", "add", "eve@example.com", "--portal", "acme", "--role", "user"], NEW_PASSWORD);
    const disabled = await gatehouse(["user", "disable", "eve@example.com", "--json"]);
    expect(JSON.parse(disabled.stdout)).toEqual([expect.objectContaining({ status: "disabled" })]);
    expect(await canSignIn(engine, "eve@example.com", NEW_PASSWORD)).toBe(401);
    expect((await gatehouse(["user", "enable", "eve@example.com"])).code).toBe(0);
    expect(await canSignIn(engine, "eve@example.com", NEW_PASSWORD)).toBe(200);
  });

  it("user set-password reads the new password from stdin; user remove takes the person off the portal", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    await gatehouse(["user", "add", "ann@example.com", "--portal", "acme", "--role", "owner"], PASSWORD);
    await gatehouse(["user", "add", "fay@example.com", "--portal", "acme", "--role", "user"], PASSWORD);
    expect(await gatehouse(["user", "set-password", "fay@example.com"], `${NEW_PASSWORD}\n`)).toEqual({
      code: 0,
      stdout: "set the password of fay@example.com; their sessions have ended\n",
      stderr: "",
    });
    expect(await canSignIn(engine, "fay@example.com", NEW_PASSWORD)).toBe(200);
    expect(await gatehouse(["user", "remove", "fay@example.com", "--portal", "acme", "--json"])).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ email: "fay@example.com", portal_id: "acme", removed: true })}\n`,
      stderr: "",
    });
    expect(JSON.parse((await gatehouse(["user", "list", "--portal", "acme", "--json"])).stdout)).toEqual([
      expect.objectContaining({ email: "ann@example.com" }),
    ]);
  });

  it("user reset-link prints ISSUER/reset-password#token; reset-2fa answers that there is no second factor; an unknown email exits 1", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    await gatehouse(["user", "add", "ann@example.com", "--portal", "acme", "--role", "owner"], PASSWORD);
    const link = await gatehouse(["user", "reset-link", "ann@example.com"]);
    expect(link.code).toBe(0);
    expect(link.stdout).toMatch(new RegExp(`^${CLI_ISSUER}/reset-password#[A-Za-z0-9_-]{43}\\n$`));
    expect(await gatehouse(["user", "reset-2fa", "ann@example.com"])).toEqual({
      code: 0,
      stdout: "ann@example.com has no second factor\n",
      stderr: "",
    });
    expect(await gatehouse(["user", "reset-2fa", "nobody@example.com"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "gatehouse: no person with the email nobody@example.com\n",
    });
  });

  it("user reset-2fa removes a real authenticator app and every passkey and says so; the person then signs in with the password alone; audited", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    await gatehouse(["user", "add", "ann@example.com", "--portal", "acme", "--role", "owner"], PASSWORD);
    const before = await engine.startServer();
    try {
      const browser = new TestBrowser(before.url);
      expect((await signIn(browser, "ann@example.com", PASSWORD)).status).toBe(200);
      await setUpTotp(before, browser);
      await registeredAuthenticator(browser);
      expect(await (await signIn(new TestBrowser(before.url), "ann@example.com", PASSWORD)).json()).toEqual({
        second_factor: ["totp", "recovery_code", "passkey"],
      });
    } finally {
      await before.close();
    }
    expect(await gatehouse(["user", "reset-2fa", "ann@example.com"])).toEqual({
      code: 0,
      stdout: "removed the authenticator app and its recovery codes, every passkey of ann@example.com\n",
      stderr: "",
    });
    expect((await gatehouse(["user", "reset-2fa", "ann@example.com"])).stdout).toBe(
      "ann@example.com has no second factor\n",
    );
    const after = await engine.startServer();
    try {
      const browser = new TestBrowser(after.url);
      const signedIn = await signIn(browser, "ann@example.com", PASSWORD);
      expect(await signedIn.json()).toMatchObject({ user: { email: "ann@example.com" } });
      const events = await auditEvents(after, browser, { event: "second_factor.removed" });
      expect(events.map((event) => event.details)).toEqual(
        expect.arrayContaining([
          { method: "totp", recovery_codes: 10, actor_id: "operator" },
          { method: "passkey", passkey_id: expect.any(String), name: "Laptop", actor_id: "operator" },
        ]),
      );
      expect(events).toHaveLength(2);
    } finally {
      await after.close();
    }
  });
});
