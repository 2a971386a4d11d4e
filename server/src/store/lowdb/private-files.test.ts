import { chmod, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createTestClock } from "../../../test/harness.ts";
import { seedDemo } from "../../seed.ts";
import { openLowdbStore } from "./open-lowdb-store.ts";
import { writeFileAtomically } from "./write-file-atomically.ts";

const modeOf = async (file: string): Promise<string> => ((await stat(file)).mode & 0o777).toString(8);

/** The mode of `dataDir` and of every file in it, by name. */
async function modes(dataDir: string): Promise<Record<string, string>> {
  const all: Record<string, string> = { ".": await modeOf(dataDir) };
  for (const name of await readdir(dataDir)) all[name] = await modeOf(path.join(dataDir, name));
  return all;
}

/** DATA_DIR is 0700 and every file in it 0600; the files' names, sorted. */
async function expectPrivate(dataDir: string): Promise<string[]> {
  const { ".": dir, ...files } = await modes(dataDir);
  expect(dir).toBe("700");
  for (const [name, mode] of Object.entries(files)) expect(mode, name).toBe("600");
  return Object.keys(files).sort();
}

const dirs: string[] = [];
afterEach(async () => {
  for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

async function freshParent(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "gatehouse-modes-"));
  dirs.push(dir);
  return dir;
}

/** Seeds the demo data: password hashes, a client secret's hash, all on disk in the journal. */
async function openSeeded(dataDir: string) {
  const store = await openLowdbStore(dataDir);
  await seedDemo(store, createTestClock());
  return store;
}

describe.each(["000", "022"])("N72 DATA_DIR under umask %s", (umask) => {
  let previous: number;
  beforeAll(() => {
    previous = process.umask(Number.parseInt(umask, 8));
  });
  afterAll(() => {
    process.umask(previous);
  });

  it("N72 a first start creates DATA_DIR 0700, the lock and the journal 0600", async () => {
    const dataDir = path.join(await freshParent(), "nested", "data");
    const store = await openSeeded(dataDir);
    try {
      expect(await modes(dataDir)).toEqual({
        ".": "700",
        "gatehouse.lock": "600",
        "gatehouse.journal.1": "600",
      });
    } finally {
      await store.close();
    }
  });

  it("N72 a compaction writes the snapshot 0600, and a restart keeps every file 0600", async () => {
    const dataDir = path.join(await freshParent(), "data");
    await (await openSeeded(dataDir)).close(); // closing folds the journal into the snapshot
    expect(await expectPrivate(dataDir)).toContain("gatehouse.json");
    const restarted = await openSeeded(dataDir);
    try {
      const names = await expectPrivate(dataDir);
      expect(names).toEqual(expect.arrayContaining(["gatehouse.json", "gatehouse.lock"]));
      expect(names.some((name) => name.startsWith("gatehouse.journal."))).toBe(true);
    } finally {
      await restarted.close();
    }
    expect(await expectPrivate(dataDir)).toContain("gatehouse.json");
  });

  it("N72 a restart makes private what an older version left readable, a crash's temporary file included", async () => {
    const dataDir = path.join(await freshParent(), "data");
    await (await openSeeded(dataDir)).close();
    await writeFile(path.join(dataDir, ".gatehouse.json.tmp"), "{}");
    for (const name of await readdir(dataDir)) await chmod(path.join(dataDir, name), 0o644);
    await chmod(dataDir, 0o755);
    const restarted = await openSeeded(dataDir);
    try {
      expect(await expectPrivate(dataDir)).toEqual(
        expect.arrayContaining(["gatehouse.json", ".gatehouse.json.tmp"]),
      );
    } finally {
      await restarted.close();
    }
    // The next snapshot was written through that temporary file: it is private too, and gone.
    expect(await expectPrivate(dataDir)).not.toContain(".gatehouse.json.tmp");
  });

  it("N72 a file written atomically is 0600 even over a temporary file left 0666", async () => {
    const dir = await freshParent();
    const file = path.join(dir, "gatehouse.json");
    await writeFile(path.join(dir, ".gatehouse.json.tmp"), "torn");
    await chmod(path.join(dir, ".gatehouse.json.tmp"), 0o666);
    await writeFileAtomically(file, '{"version":1}');
    expect(await modeOf(file)).toBe("600");
    expect(await readdir(dir)).toEqual(["gatehouse.json"]);
  });
});

it("N72 DATA_DIR's parents are created as usual; only DATA_DIR itself is made private", async () => {
  const parent = await freshParent();
  await mkdir(path.join(parent, "existing"), { mode: 0o755 });
  await chmod(path.join(parent, "existing"), 0o755);
  const dataDir = path.join(parent, "existing", "data");
  await (await openLowdbStore(dataDir)).close();
  expect(await modeOf(path.join(parent, "existing"))).toBe("755");
  expect(await modeOf(dataDir)).toBe("700");
});
