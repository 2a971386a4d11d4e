import { afterEach, describe, expect, it, vi } from "vitest";
import { type ServerProcess, startServerProcess } from "../attack/process.ts";
import { DEMO } from "../fixtures.ts";
import { CLI_TEST_TIMEOUT, ENGINES, runCli } from "./run-cli.ts";

vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT });

const running: ServerProcess[] = [];
afterEach(async () => {
  for (const server of running.splice(0)) {
    server.kill("SIGKILL");
    await server.exited;
  }
});

describe("gatehouse on lowdb while a server holds DATA_DIR", () => {
  const engine = ENGINES.lowdb();

  it("refuses with the lock's one line (exit 1, nothing on stdout) and runs once the server has stopped", async () => {
    const { DATA_DIR } = engine.env();
    const server = await startServerProcess({ dataDir: DATA_DIR });
    running.push(server);
    const lockedOut = await runCli(["portal", "list", "--json"], { env: engine.env() });
    expect(lockedOut.code).toBe(1);
    expect(lockedOut.stdout).toBe("");
    expect(lockedOut.stderr).toMatch(
      new RegExp(`^gatehouse: DATA_DIR ${DATA_DIR} is in use by process \\d+; stop it first\\n$`),
    );
    // Nor does a command that writes get past it, password or not.
    const add = ["user", "add", "ann@example.com", "--portal", "acme", "--role", "owner"];
    expect((await runCli(add, { env: engine.env(), stdin: "violet-harbour-lantern-42\n" })).code).toBe(1);
    // The server goes on serving.
    expect((await fetch(`${server.url}/.well-known/openid-configuration`)).status).toBe(200);

    server.kill("SIGTERM");
    await server.exited;
    const listed = await runCli(["portal", "list", "--json"], { env: engine.env() });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual(DEMO.portals);
  });
});
