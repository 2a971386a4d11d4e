import type { Logger } from "pino";
import { type PruneDeps, pruneExpired } from "./domain/prune.ts";

export interface PruningOptions extends PruneDeps {
  logger: Logger;
  /** Milliseconds between two prunes, on average; each wait is drawn within ±25 % of it. */
  everyMs?: number;
  /** Draws in [0, 1): the jitter that keeps instances started together from pruning in step. */
  random?: () => number;
}

export interface Pruning {
  /** Stops the schedule; resolves once a prune under way has finished. */
  stop(): Promise<void>;
}

/** A minute: records live 30 minutes or more, so a record outlives its end by a minute at most. */
const PRUNE_EVERY_MS = 60_000;

/**
 * Prunes the store now and then, for as long as the process runs: one prune at a time, the next
 * after a jittered wait, on a timer that never keeps the process alive. A failed prune is logged
 * and the next one tries again.
 * @see docs/operations.md#pruning
 */
export function schedulePruning({
  logger,
  everyMs = PRUNE_EVERY_MS,
  random = Math.random,
  ...deps
}: PruningOptions): Pruning {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopped = false;

  async function prune() {
    try {
      const pruned = await pruneExpired(deps);
      logger.debug({ pruned }, "pruned the store");
    } catch (error) {
      logger.error({ err: error }, "pruning the store failed");
    }
  }

  function scheduleNext() {
    if (stopped) return;
    timer = setTimeout(
      () => {
        running = prune().finally(scheduleNext);
      },
      everyMs * (0.75 + random() / 2),
    );
    timer.unref();
  }

  scheduleNext();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
