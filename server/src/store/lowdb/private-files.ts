import { chmod, type FileHandle, mkdir, open, readdir } from "node:fs/promises";
import path from "node:path";

/** `DATA_DIR` is its process's user's alone: it holds the signing keys, every hash and token. */
export const PRIVATE_DIR_MODE = 0o700;
/** Each file of the engine: readable and writable by its process's user only. */
export const PRIVATE_FILE_MODE = 0o600;

/** The engine's files: the snapshot, its temporary copy, the journal generations, the lock. */
const ENGINE_FILE = /^\.?gatehouse\./;

/**
 * Creates `dataDir` if need be, then makes it and every engine file in it private: explicitly, as
 * a umask only ever takes permissions away, and a directory an older version made keeps its mode.
 */
export async function makeDataDirPrivate(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: PRIVATE_DIR_MODE });
  await chmod(dataDir, PRIVATE_DIR_MODE);
  for (const entry of await readdir(dataDir, { withFileTypes: true })) {
    if (entry.isFile() && ENGINE_FILE.test(entry.name)) {
      await chmod(path.join(dataDir, entry.name), PRIVATE_FILE_MODE);
    }
  }
}

/** Opens (and may create) `file` with `flags`, private whatever the umask and whatever mode it had. */
export async function openPrivateFile(file: string, flags: string | number): Promise<FileHandle> {
  const handle = await open(file, flags, PRIVATE_FILE_MODE);
  try {
    await handle.chmod(PRIVATE_FILE_MODE);
  } catch (error) {
    await handle.close();
    throw error;
  }
  return handle;
}
