import type { ChildProcess } from "node:child_process";

/** Resolves with the first line of a child's output matching `pattern`, printed already or to come. */
export type WaitForOutput = (pattern: RegExp, timeoutMs?: number) => Promise<string>;

/** Passes `child`'s output on to this process's and keeps it by line, so a test can wait for one. */
export function recordOutput(child: ChildProcess): WaitForOutput {
  const lines: string[] = [];
  const waiting: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  let partial = "";
  const take = (chunk: Buffer, sink: NodeJS.WriteStream) => {
    sink.write(chunk);
    const text = partial + chunk.toString("utf8");
    const complete = text.split("\n");
    partial = complete.pop() ?? "";
    for (const line of complete) {
      lines.push(line);
      for (const waiter of waiting.filter((entry) => entry.pattern.test(line))) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout?.on("data", (chunk: Buffer) => take(chunk, process.stdout));
  child.stderr?.on("data", (chunk: Buffer) => take(chunk, process.stderr));
  return (pattern, timeoutMs = 10_000) => {
    const seen = lines.find((line) => pattern.test(line));
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no output line matched ${pattern}`)), timeoutMs);
      waiting.push({
        pattern,
        resolve: (line) => {
          clearTimeout(timer);
          resolve(line);
        },
      });
    });
  };
}
