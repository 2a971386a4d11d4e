import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { createServer, type Server, type ServerResponse } from "node:http";
import { fileURLToPath } from "node:url";
import { pino } from "pino";
import { z } from "zod";
import { createApp, openAppKeys } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createAuditLog } from "./domain/audit.ts";
import { systemClock } from "./domain/clock.ts";
import { bootstrapOwner, issueSetupLink } from "./domain/setup.ts";
import { createSmtpMailer } from "./mail/smtp-mailer.ts";
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
  const deps = { store, clock: systemClock };
  if (config.bootstrap) {
    // docs/configuration.md#first-run: the password from a file, never from the environment.
    const password = (await readFile(config.bootstrap.ownerPasswordFile, "utf8")).replace(/\r?\n$/, "");
    const { portal, ownerEmail } = config.bootstrap;
    const owner = {
      portal,
      email: ownerEmail,
      displayName: ownerEmail.split("@")[0] ?? ownerEmail,
      password,
    };
    if (await bootstrapOwner(deps, owner))
      logger.info({ portal: portal.id }, "created the first portal and its owner");
  } else if (config.seed === "demo" && (await seedDemo(store, systemClock))) {
    logger.info("seeded the demo portals, users and apps into an empty store");
  } else if (config.seed === "none") {
    const link = await issueSetupLink(deps, config.issuer);
    // The one line an operator needs on a first start; the token is in the fragment, valid one hour.
    if (link)
      logger.warn(`nobody is set up yet: open ${link} within one hour to create the first portal and owner`);
  }
  const clock = systemClock;
  const mailer = config.mail ? createSmtpMailer(config.mail) : null;
  const spaDir = fileURLToPath(new URL("../../client/dist", import.meta.url));
  const keys = openAppKeys({ config, store, clock });
  const audit = createAuditLog({
    store,
    clock,
    logger,
    observe: observeAuditEvents(metrics),
    enabled: !args.includes("--no-audit"),
  });
  const server = createServer(
    createApp({ config, store, clock, logger, spaDir, keys, metrics, audit, mailer }),
  );
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
      mailer?.close();
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
