import { once } from "node:events";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";

/** Writes `text` to standard output, waiting while the pipe is full (an export may be long). */
export async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, "drain");
}

/** One JSON value on one line: `gatehouse … --json | jq` reads it. */
export const writeJson = (value: unknown): Promise<void> => write(`${JSON.stringify(value)}\n`);

/** Rows as aligned columns under a header, for people to read. */
export function writeTable(header: readonly string[], rows: readonly (readonly string[])[]): Promise<void> {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  return write(`${[header, ...rows].map(line).join("\n")}\n`);
}

/** Everything piped in, less one final line break (`echo secret |` adds one). */
async function readPiped(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

/** Asks on standard error and reads one line from the terminal without echoing it. */
async function askHidden(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = terminal.question(prompt);
    muted = true; // the prompt is written; what is typed next is not
    return await answer;
  } finally {
    terminal.close();
    process.stderr.write("\n");
  }
}

/**
 * A password from standard input, never from the arguments (they show in `ps` and shell history):
 * all of it when piped; on a terminal, asked twice without echo. @see docs/operations.md#command-line
 */
export async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readPiped();
  const password = await askHidden("New password: ");
  if ((await askHidden("Repeat it: ")) !== password) throw new PasswordMismatchError();
  return password;
}

export class PasswordMismatchError extends Error {
  constructor() {
    super("the two passwords differ");
    this.name = "PasswordMismatchError";
  }
}
