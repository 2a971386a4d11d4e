// Run by soak.test.ts as the real server, with two differences from main.ts: its clock runs
// `SPEED` times faster than the wall clock, so lifetimes of minutes end within the soak, and it
// prints one JSON line a second with its resident memory and the store's record counts.
import { createServer } from "node:http";
import { pino } from "pino";
import { createApp } from "../../src/app.ts";
import { loadConfig } from "../../src/config.ts";
import { schedulePruning } from "../../src/schedule-pruning.ts";
import { seedDemo } from "../../src/seed.ts";
import { openStore } from "../../src/store/open-store.ts";

/** One second of the soak is two minutes of the server's: an interaction ends within 15 s. */
export const SPEED = 120;

const started = Date.now();
const clock = () => started + (Date.now() - started) * SPEED;
const config = loadConfig(process.env);
const logger = pino({ level: config.logLevel });
const store = await openStore(config);
await seedDemo(store, clock);
const server = createServer(createApp({ config, store, clock, logger }));
server.listen(config.port, "127.0.0.1");
// A prune every minute of the server's clock, as in production.
schedulePruning({ store, clock, config, logger, everyMs: 60_000 / SPEED });
setInterval(async () => {
  // With --expose-gc (soak.test.ts passes it), memory is read after a full collection: what is kept, not garbage.
  globalThis.gc?.();
  const counts = await store.countRecords();
  process.stdout.write(
    `${JSON.stringify({ soak: { at: Date.now(), rss: process.memoryUsage.rss(), counts } })}\n`,
  );
}, 1000).unref();
