import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { systemClock } from "./domain/clock.ts";
import { schedulePruning } from "./schedule-pruning.ts";
import { seedDemo } from "./seed.ts";
import { openStore } from "./store/open-store.ts";

/** loadConfig → openStore → seed → createApp → listen; the only file that reads env or exits. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`gatehouse: ${error.message}\n`);
    process.exit(1);
  }
  const logger = pino({ level: config.logLevel });
  const store = await openStore(config);
  if (config.seed === "demo" && (await seedDemo(store, systemClock))) {
    logger.info("seeded the demo portals, users and apps into an empty store");
  }
  const spaDir = fileURLToPath(new URL("../../client/dist", import.meta.url));
  const server = createServer(createApp({ config, store, clock: systemClock, logger, spaDir }));
  server.listen(config.port);
  await once(server, "listening");
  logger.info({ issuer: config.issuer, port: config.port }, "gatehouse is listening");
  const pruning = schedulePruning({ store, clock: systemClock, config, logger });

  // While draining, every answer closes its connection: a keep-alive client cannot hold the exit open.
  let draining = false;
  const answering = new Set<ServerResponse>();
  server.prependListener("request", function closeConnectionWhenDraining(_req, res) {
    if (draining) res.setHeader("Connection", "close");
    answering.add(res);
    res.once("close", () => answering.delete(res));
  });

  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    draining = true;
    for (const res of answering) if (!res.headersSent) res.setHeader("Connection", "close");
    server.close(() => {
      pruning
        .stop()
        .then(() => store.close())
        .then(
          () => process.exit(0),
          (error: unknown) => {
            logger.error({ err: error }, "the store did not close cleanly");
            process.exit(1);
          },
        );
    });
    server.closeIdleConnections();
  };
  process.once("SIGTERM", shutdown);
  process.once("SIGINT", shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`gatehouse: ${error instanceof Error ? error.message : "failed to start"}\n`);
  process.exit(1);
});
