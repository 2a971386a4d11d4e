import { describe, expect, it, vi } from "vitest";
import { CLI_TEST_TIMEOUT, ENGINES, runCli } from "./run-cli.ts";

vi.setConfig({ testTimeout: CLI_TEST_TIMEOUT });

describe.each(["lowdb", "postgres"] as const)("gatehouse portal … on %s", (engineName) => {
  const engine = ENGINES[engineName]();
  const gatehouse = (...args: string[]) => runCli(args, { env: engine.env() });

  it("portal create makes a portal, says so in one line, and portal list shows it in a table", async () => {
    expect(await gatehouse("portal", "create", "acme", "Acme Corp")).toEqual({
      code: 0,
      stdout: "created portal acme (Acme Corp)\n",
      stderr: "",
    });
    expect(await gatehouse("portal", "list")).toEqual({
      code: 0,
      stdout: "ID    NAME\nacme  Acme Corp\n",
      stderr: "",
    });
  });

  it("--json prints one JSON value: the portal made, and the array of every portal by id", async () => {
    const created = await gatehouse("portal", "create", "zeta", "Zeta", "--json");
    expect(JSON.parse(created.stdout)).toEqual({ id: "zeta", name: "Zeta" });
    await gatehouse("portal", "create", "beta", "Beta Ltd");
    const listed = await gatehouse("portal", "list", "--json");
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([
      { id: "beta", name: "Beta Ltd" },
      { id: "zeta", name: "Zeta" },
    ]);
  });

  it("portal rename changes the name; an unknown portal exits 1 with one line", async () => {
    await gatehouse("portal", "create", "acme", "Acme");
    expect(await gatehouse("portal", "rename", "acme", "Acme Corporation", "--json")).toEqual({
      code: 0,
      stdout: `${JSON.stringify({ id: "acme", name: "Acme Corporation" })}\n`,
      stderr: "",
    });
    expect(await gatehouse("portal", "rename", "nowhere", "Nowhere")).toEqual({
      code: 1,
      stdout: "",
      stderr: "gatehouse: no portal nowhere\n",
    });
    expect(JSON.parse((await gatehouse("portal", "list", "--json")).stdout)).toEqual([
      { id: "acme", name: "Acme Corporation" },
    ]);
  });

  it("portal create refuses a taken id with exit 1 and keeps the first portal", async () => {
    await gatehouse("portal", "create", "acme", "Acme");
    expect(await gatehouse("portal", "create", "acme", "Other")).toEqual({
      code: 1,
      stdout: "",
      stderr: "gatehouse: portal acme exists already\n",
    });
    expect(JSON.parse((await gatehouse("portal", "list", "--json")).stdout)).toEqual([
      { id: "acme", name: "Acme" },
    ]);
  });

  it("bad usage exits 2 with the problem and the usage line on stderr, and changes nothing", async () => {
    const usage = "usage: pnpm gatehouse portal create <id> <name> [--json]\n";
    expect(await gatehouse("portal", "create", "Not An Id", "Name")).toEqual({
      code: 2,
      stdout: "",
      stderr: `gatehouse: Portal id must be lower-case letters, digits and dashes\n${usage}`,
    });
    expect(await gatehouse("portal", "create", "acme")).toEqual({
      code: 2,
      stdout: "",
      stderr: `gatehouse: wrong number of arguments\n${usage}`,
    });
    const unknownOption = await gatehouse("portal", "create", "acme", "Acme", "--colour");
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/^gatehouse: .*--colour.*\nusage: pnpm gatehouse portal create/);
    expect(await gatehouse("portal", "delete", "acme")).toEqual({
      code: 2,
      stdout: "",
      stderr:
        "gatehouse: unknown command: portal delete\nusage: pnpm gatehouse <group> <command> [arguments] (pnpm gatehouse --help lists every command)\n",
    });
    expect(JSON.parse((await gatehouse("portal", "list", "--json")).stdout)).toEqual([]);
  });
});

describe("pnpm gatehouse, from the repository root", () => {
  const engine = ENGINES.lowdb();

  it("prints only the command's output on stdout (no pnpm banner): portal list --json parses as JSON exactly", async () => {
    const pnpm = ["pnpm", "gatehouse"];
    const created = await runCli(["portal", "create", "acme", "Acme"], { env: engine.env(), command: pnpm });
    expect(created.code).toBe(0);
    const listed = await runCli(["portal", "list", "--json"], { env: engine.env(), command: pnpm });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toEqual([{ id: "acme", name: "Acme" }]);
    expect(listed.stdout).toBe('[{"id":"acme","name":"Acme"}]\n');
  });

  it("--help lists every command on stdout; no command at all is bad usage", async () => {
    const help = await runCli(["--help"], { env: engine.env() });
    expect(help.code).toBe(0);
    for (const command of ["portal create", "user add", "user reset-2fa", "audit export"]) {
      expect(help.stdout).toContain(`pnpm gatehouse ${command}`);
    }
    const none = await runCli([], { env: engine.env() });
    expect(none.code).toBe(2);
    expect(none.stderr.split("\n")[0]).toBe("gatehouse: no command given");
  });

  it("a bad variable exits 1 with the one line naming it, as pnpm start does", async () => {
    expect(await runCli(["portal", "list"], { env: { ...engine.env(), STORE: "sqlite" } })).toEqual({
      code: 1,
      stdout: "",
      stderr: 'gatehouse: STORE must be lowdb or postgres (got "sqlite")\n',
    });
  });
});
