import { readdir, readFile } from "node:fs/promises";

/** Linux's clock ticks per second, in which /proc counts CPU time (`getconf CLK_TCK`). */
const TICKS_PER_SECOND = 100;

/** The CPU time (user and system, every thread) process `pid` has used, in seconds, from /proc/PID/stat. */
async function ownCpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, "utf8");
  // After "pid (name) ", field 3 is the state; utime and stime are fields 14 and 15. @see proc(5)
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** The children of every thread of `pid`. @see proc(5) /proc/PID/task/TID/children */
async function childrenOf(pid: number): Promise<number[]> {
  const threads = await readdir(`/proc/${pid}/task`);
  const lists = await Promise.all(
    threads.map((thread) => readFile(`/proc/${pid}/task/${thread}/children`, "utf8").catch(() => "")),
  );
  return lists.flatMap((list) => list.split(" ").filter(Boolean).map(Number));
}

/**
 * The CPU seconds a server has used so far: its process and its descendants (tsx runs the server
 * in a child process). Differences of two readings measure a case; on a machine other work loads,
 * CPU per request moves less than requests per second do. Null where there is no /proc.
 */
export async function processTreeCpuSeconds(pid: number): Promise<number | null> {
  try {
    const children = await childrenOf(pid);
    const own = await ownCpuSeconds(pid);
    const theirs = await Promise.all(children.map((child) => processTreeCpuSeconds(child)));
    return theirs.reduce<number>((total, seconds) => total + (seconds ?? 0), own);
  } catch {
    return null; // no /proc (not Linux), or the process is gone: the column stays empty
  }
}
