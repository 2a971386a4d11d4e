import { describe, expect, it, vi } from "vitest";
import { signIn, TestBrowser } from "../harness.ts";
import { CLI_TEST_TIMEOUT, ENGINES, runCli } from "./run-cli.ts";

vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT, hookTimeout: CLI_TEST_TIMEOUT });

const PASSWORD = "violet-harbour-lantern-42";

/** The JSON lines of an export, one event each. */
const eventsOf = (stdout: string): { event: string; portal_ids: string[]; person: unknown }[] =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));

describe.each(["lowdb", "postgres"] as const)("gatehouse audit export on %s", (engineName) => {
  const engine = ENGINES[engineName]();
  const gatehouse = (args: string[], stdin = "") => runCli(args, { env: engine.env(), stdin });

  it("prints every event as one JSON line, the command line's own included; --portal keeps that portal's, without it the events of no portal show too", async () => {
    await gatehouse(["portal", "create", "acme", "Acme"]);
    const added = await gatehouse(
      ["user", "add", "ann@example.com", "--portal", "acme", "--role", "owner"],
      PASSWORD,
    );
    expect(added.code).toBe(0);
    const server = await engine.startServer();
    try {
      const browser = new TestBrowser(server.url);
      expect((await signIn(browser, "nobody@example.com", PASSWORD)).status).toBe(401);
      expect((await signIn(browser, "ann@example.com", PASSWORD)).status).toBe(200);
      await server.audit.flush();
    } finally {
      await server.close();
    }

    const all = await gatehouse(["audit", "export"]);
    expect(all.code).toBe(0);
    expect(all.stderr).toBe("");
    const ann = { user_id: expect.any(String), email: "ann@example.com" };
    expect(eventsOf(all.stdout)).toEqual([
      expect.objectContaining({ event: "sign_in.succeeded", portal_ids: ["acme"], person: ann }),
      expect.objectContaining({ event: "sign_in.failed", portal_ids: [], person: null }),
      expect.objectContaining({
        event: "person.joined",
        portal_ids: ["acme"],
        person: ann,
        user_agent: "gatehouse command line",
      }),
    ]);

    const acme = await gatehouse(["audit", "export", "--portal", "acme"]);
    expect(eventsOf(acme.stdout).map((event) => event.event)).toEqual(["sign_in.succeeded", "person.joined"]);
    const later = await gatehouse(["audit", "export", "--since", "2999-01-01T00:00:00Z"]);
    expect(later).toEqual({ code: 0, stdout: "", stderr: "" });
  });

  it("a bad --since is bad usage (exit 2); an unknown --portal exits 1", async () => {
    const badSince = await gatehouse(["audit", "export", "--since", "yesterday"]);
    expect(badSince.code).toBe(2);
    expect(badSince.stderr).toBe(
      "gatehouse: --since: must be an ISO 8601 date or time\nusage: pnpm gatehouse audit export [--since ISO] [--portal <id>]\n",
    );
    expect(await gatehouse(["audit", "export", "--portal", "nowhere"])).toEqual({
      code: 1,
      stdout: "",
      stderr: "gatehouse: no portal nowhere\n",
    });
  });
});
