import { open, readFile, rename } from "node:fs/promises";
import path from "node:path";
import type { Adapter } from "lowdb";
import { openPrivateFile } from "./private-files.ts";

/** Flushes a directory, so a rename in it survives a crash. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Replaces `file` with `text` whole: written to a private temporary file (`.name.tmp`) and flushed,
 * then renamed over it, so a crash leaves either the old file or the new one, both mode 0600.
 * Given parts, writes them one after another: each is encoded in its own turn of the event loop,
 * where one string of a large store's snapshot held the loop while it was joined and encoded.
 */
export async function writeFileAtomically(file: string, text: string | readonly string[]): Promise<void> {
  const dir = path.dirname(file);
  const temporary = path.join(dir, `.${path.basename(file)}.tmp`);
  const handle = await openPrivateFile(temporary, "w");
  try {
    // writeFile, not write: it writes from the handle's position on and retries a short write (a disk
    // filling up), where a bare write would leave a hole and the rename would replace a whole snapshot.
    for (const part of typeof text === "string" ? [text] : text) await handle.writeFile(part, "utf8");
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, file);
  await syncDirectory(dir);
}

/**
 * lowdb's text-file adapter, made private and durable: lowdb's own `TextFile` (steno) creates its
 * temporary file with the umask's mode and flushes nothing, so the snapshot goes through this one.
 */
export class PrivateTextFile implements Adapter<string> {
  readonly #file: string;

  constructor(file: string) {
    this.#file = file;
  }

  async read(): Promise<string | null> {
    try {
      return await readFile(this.#file, "utf8");
    } catch (error) {
      if (error instanceof Error && "code" in error && error.code === "ENOENT") return null;
      throw error;
    }
  }

  write(text: string): Promise<void> {
    return writeFileAtomically(this.#file, text);
  }

  /** Writes the file as the concatenation of `parts`, a part at a time. */
  writeParts(parts: readonly string[]): Promise<void> {
    return writeFileAtomically(this.#file, parts);
  }
}
