import path from "node:path";
import { z } from "zod";

const seconds = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number of seconds" })
    .int("must be a whole number of seconds")
    .nonnegative("must not be negative")
    .default(fallback);

const positiveSeconds = (fallback: number) =>
  z.coerce
    .number({ error: "must be a whole number of seconds" })
    .int("must be a whole number of seconds")
    .positive("must be positive")
    .default(fallback);

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** Contract §2, as read from the environment. */
const environmentSchema = z
  .object({
    NODE_ENV: z.string().optional(),
    PORT: z.coerce.number({ error: "must be a port number" }).int().min(0).max(65535).default(3000),
    ISSUER: z
      .url({ protocol: /^https?$/, error: "must be an absolute http(s) URL" })
      .refine((value) => {
        const url = new URL(value);
        return url.search === "" && url.hash === "" && !value.endsWith("/");
      }, "must have no query, fragment or trailing slash")
      .optional(),
    DATA_DIR: z.string().min(1).default("./data"),
    STORE: z.enum(["lowdb", "postgres"], { error: "must be lowdb or postgres" }).default("lowdb"),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: "must be a postgres:// URL" }).optional(),
    SEED: z.enum(["demo", "none"], { error: "must be demo or none" }).optional(),
    CODE_TTL: positiveSeconds(60),
    ACCESS_TOKEN_TTL: positiveSeconds(3600),
    REFRESH_TOKEN_TTL: positiveSeconds(2_592_000),
    REFRESH_REUSE_GRACE: seconds(0),
    KEY_ROTATION: positiveSeconds(86_400),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.STORE === "postgres" && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required when STORE=postgres" });
    }
    // Contract §3: a production start never seeds the demo secrets.
    if (env.NODE_ENV === "production" && env.SEED === "demo") {
      ctx.addIssue({ code: "custom", path: ["SEED"], message: "must not be demo in production" });
    }
  });

export interface Config {
  readonly production: boolean;
  readonly port: number;
  /** The issuer identifier, also the public origin the SPA is served from. */
  readonly issuer: string;
  readonly dataDir: string;
  readonly store: "lowdb" | "postgres";
  readonly databaseUrl: string | undefined;
  readonly seed: "demo" | "none";
  /** Lifetimes in seconds. */
  readonly codeTtl: number;
  readonly accessTokenTtl: number;
  readonly refreshTokenTtl: number;
  readonly refreshReuseGrace: number;
  readonly keyRotation: number;
  readonly logLevel: (typeof LOG_LEVELS)[number];
}

export class ConfigError extends Error {}

/** Parses contract §2 once; a bad value throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = environmentSchema.safeParse(blankless);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path[0];
    const variable = typeof key === "string" ? key : "environment";
    const got = JSON.stringify(env[variable] ?? null);
    throw new ConfigError(`${variable} ${issue?.message ?? "is invalid"} (got ${got})`);
  }
  const value = parsed.data;
  const production = value.NODE_ENV === "production";
  return Object.freeze({
    production,
    port: value.PORT,
    issuer: value.ISSUER ?? `http://localhost:${value.PORT}`,
    dataDir: path.resolve(value.DATA_DIR),
    store: value.STORE,
    databaseUrl: value.DATABASE_URL,
    seed: value.SEED ?? (production ? "none" : "demo"),
    codeTtl: value.CODE_TTL,
    accessTokenTtl: value.ACCESS_TOKEN_TTL,
    refreshTokenTtl: value.REFRESH_TOKEN_TTL,
    refreshReuseGrace: value.REFRESH_REUSE_GRACE,
    keyRotation: value.KEY_ROTATION,
    logLevel: value.LOG_LEVEL,
  });
}
