import { pino } from "pino";
import { loadConfig } from "../config.ts";
import { createAuditLog } from "../domain/audit.ts";
import { systemClock } from "../domain/clock.ts";
import { auditPeopleEvents } from "../domain/people-audit.ts";
import { OAuthError } from "../errors.ts";
import { openStore } from "../store/open-store.ts";
import { auditCommands } from "./audit.ts";
import type { CliContext } from "./context.ts";
import { readPassword } from "./io.ts";
import { type Command, type ParsedCommand, UsageError } from "./parse.ts";
import { portalCommands } from "./portal.ts";
import { userCommands } from "./user.ts";

/** `pnpm gatehouse <group> <command>`: the operator's command line (docs/operations.md#command-line). */
const GROUPS = new Map<string, Map<string, Command>>([
  ["portal", portalCommands],
  ["user", userCommands],
  ["audit", auditCommands],
]);

const USAGE = [...GROUPS.values()]
  .flatMap((commands) => [...commands.values()].map((command) => `  pnpm gatehouse ${command.usage}`))
  .join("\n");

/** The command `argv` names, parsed; `UsageError` when it names none or its arguments are wrong. */
function parseCommandLine(argv: string[]): ParsedCommand {
  const [group = "", name = "", ...rest] = argv;
  const command = GROUPS.get(group)?.get(name);
  if (!command) {
    const problem = group === "" ? "no command given" : `unknown command: ${[group, name].join(" ").trim()}`;
    throw new UsageError(
      problem,
      "<group> <command> [arguments] (pnpm gatehouse --help lists every command)",
    );
  }
  return command.parse(rest);
}

/**
 * The same configuration and store as `pnpm start`: on lowdb, opening the store takes the DATA_DIR
 * lock, so a command refuses while a server holds it. Logs go to standard error, at `warn` unless
 * LOG_LEVEL asks for more detail, so standard output carries only the command's own output.
 */
async function runCommand(parsed: ParsedCommand): Promise<void> {
  const config = loadConfig(process.env);
  const level = config.logLevel === "info" ? "warn" : config.logLevel;
  const logger = pino({ level }, pino.destination(2));
  const store = await openStore(config);
  const clock = systemClock;
  const audit = createAuditLog({ store, clock, logger });
  const context: CliContext = {
    config,
    store,
    clock,
    logger,
    audit,
    mailer: null,
    peopleEvents: auditPeopleEvents({ store, audit, logger }),
    json: parsed.json,
    readPassword,
  };
  try {
    await parsed.run(context);
  } finally {
    await audit.flush();
    await store.close();
  }
}

/** What went wrong, in the one line the command answers with. */
function describeFailure(error: unknown): string {
  if (error instanceof OAuthError) return error.description ?? error.code;
  if (error instanceof Error) return error.message;
  return "failed";
}

async function main(argv: string[]): Promise<number> {
  if (argv.length === 1 && (argv[0] === "--help" || argv[0] === "help")) {
    process.stdout.write(`Usage:\n${USAGE}\n`);
    return 0;
  }
  let parsed: ParsedCommand;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`gatehouse: ${error.message}\nusage: pnpm gatehouse ${error.usage}\n`);
    return 2;
  }
  try {
    await runCommand(parsed);
    return 0;
  } catch (error) {
    process.stderr.write(`gatehouse: ${describeFailure(error)}\n`);
    return 1;
  }
}

// The exit code is set, not forced: whatever is still queued for standard output is written first.
process.exitCode = await main(process.argv.slice(2));
