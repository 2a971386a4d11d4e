import { once } from "node:events";
import { createServer, type Server, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { z } from "zod";
import { createApp, openAppKeys } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createAuditLog } from "./domain/audit.ts";
import { systemClock } from "./domain/clock.ts";
import { instrumentStore } from "./management/instrument-store.ts";
import { managementListener } from "./management/management-listener.ts";
import { createMetrics, observeAuditEvents } from "./management/metrics.ts";
import { schedulePruning } from "./schedule-pruning.ts";
import { seedDemo } from "./seed.ts";
import { openStore } from "./store/open-store.ts";

/**
 * The command line: `--no-audit` records no audit events (for `pnpm bench`'s baseline only: a
 * deployment keeps its security record; docs/operations.md#benchmarks).
 */
const argumentsSchema = z.array(z.literal("--no-audit"), { error: "the only argument is --no-audit" });

/** loadConfig → openStore → seed → createApp → listen; the only file that reads env or exits. */
async function main() {
  let config: ReturnType<typeof loadConfig>;
  let args: z.output<typeof argumentsSchema>;
  try {
    config = loadConfig(process.env);
    args = argumentsSchema.parse(process.argv.slice(2));
  } catch (error) {
    if (error instanceof z.ZodError) {
      process.stderr.write(`gatehouse: ${error.issues[0]?.message ?? "bad arguments"}\n`);
      process.exit(1);
    }
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`gatehouse: ${error.message}\n`);
    process.exit(1);
  }
  const logger = pino({ level: config.logLevel });
  const metrics = createMetrics();
  const store = instrumentStore(await openStore(config), metrics);
  if (config.seed === "demo" && (await seedDemo(store, systemClock))) {
    logger.info("seeded the demo portals, users and apps into an empty store");
  }
  const clock = systemClock;
  const spaDir = fileURLToPath(new URL("../../client/dist", import.meta.url));
  const keys = openAppKeys({ config, store, clock });
  const audit = createAuditLog({
    store,
    clock,
    logger,
    observe: observeAuditEvents(metrics),
    enabled: !args.includes("--no-audit"),
  });
  const server = createServer(createApp({ config, store, clock, logger, spaDir, keys, metrics, audit }));
  server.listen(config.port);
  await once(server, "listening");
  logger.info({ issuer: config.issuer, port: config.port }, "gatehouse is listening");
  // Same interface as PORT; `MANAGEMENT_PORT=off` serves none (docs/operations.md#management-port).
  let management: Server | null = null;
  if (config.managementPort !== null) {
    management = createServer(managementListener({ store, keys, metrics, logger }));
    management.listen(config.managementPort);
    await once(management, "listening");
    logger.info({ port: config.managementPort }, "management port is listening");
  }
  const pruning = schedulePruning({ store, clock, config, logger });

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
    // Health and metrics answer until the public port has drained, then close too.
    server.close(() => {
      management?.close();
      management?.closeAllConnections();
      pruning
        .stop()
        .then(() => audit.flush())
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
