import { type ParseArgsConfig, parseArgs } from "node:util";
import { z } from "zod";
import type { CliContext } from "./context.ts";

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig["options"]>;

/** Bad usage: the command line answers with the problem and the usage line, and exits 2. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/** A command whose arguments passed its schema, ready to run against the store. */
export interface ParsedCommand {
  json: boolean;
  run(context: CliContext): Promise<void>;
}

export interface Command {
  /** `user add <email> --portal <id> …`: shown on bad usage and by `--help`. */
  usage: string;
  /** Parses the arguments after the command's name; throws `UsageError`. */
  parse(argv: string[]): ParsedCommand;
}

/** Every command takes `--json`: machine-readable output on standard output. */
const JSON_OPTION: ParseArgsOptionsConfig = { json: { type: "boolean", default: false } };

/** The first thing wrong with the arguments, in one line. */
function describeIssue(issue: z.core.$ZodIssue): string {
  const [first, index] = issue.path;
  if (first === "positionals" && index === undefined) return "wrong number of arguments";
  if (first === "positionals") return issue.message;
  return `--${String(first)}: ${issue.message}`;
}

/**
 * A command parsed by `node:util` `parseArgs` (unknown options and missing values are bad usage),
 * then by `schema`, which sees `{ positionals: [...], ...options }`: an argument is never used unparsed.
 */
export function defineCommand<S extends z.ZodType<{ positionals: unknown[]; json: boolean }>>(
  usage: string,
  options: ParseArgsOptionsConfig,
  schema: S,
  run: (context: CliContext, args: z.output<S>) => Promise<void>,
): Command {
  return {
    usage,
    parse(argv) {
      let raw: { values: Record<string, unknown>; positionals: string[] };
      try {
        raw = parseArgs({ args: argv, options: { ...options, ...JSON_OPTION }, allowPositionals: true });
      } catch (error) {
        if (error instanceof TypeError) throw new UsageError(error.message, usage);
        throw error;
      }
      const parsed = schema.safeParse({ ...raw.values, positionals: raw.positionals });
      if (!parsed.success) {
        const [issue] = parsed.error.issues;
        throw new UsageError(issue ? describeIssue(issue) : "bad arguments", usage);
      }
      const args = parsed.data;
      return { json: args.json, run: (context) => run(context, args) };
    },
  };
}

/** The `--json` flag as every command's schema takes it. */
export const jsonFlag = z.boolean();
