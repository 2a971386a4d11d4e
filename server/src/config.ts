import { availableParallelism } from "node:os";
import path from "node:path";
import { LOCALES } from "@gatehouse/shared";
import { z } from "zod";

const wholeSeconds = z.coerce
  .number({ error: "must be a whole number of seconds" })
  .int("must be a whole number of seconds");
const seconds = (fallback: number) => wholeSeconds.nonnegative("must not be negative").default(fallback);
const positiveSeconds = (fallback: number) => wholeSeconds.positive("must be positive").default(fallback);

/** `TRUST_PROXY`: a hop count, or the addresses/CIDRs of the proxies whose `X-Forwarded-For` to believe. */
const trustProxySchema = z.union(
  [
    z.string().regex(/^\d+$/).transform(Number),
    z
      .string()
      .transform((list) => list.split(",").map((entry) => entry.trim()))
      .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]))),
  ],
  { error: "must be a hop count or a comma-separated list of addresses or CIDRs" },
);

/** `BOOTSTRAP_PORTAL`: `id:Name`, the first portal's id and name. */
const bootstrapPortalSchema = z
  .string()
  .regex(
    /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?:\S.{0,63}$/,
    "must be id:Name (an id of lower-case letters, digits and dashes)",
  )
  .transform((value) => {
    const at = value.indexOf(":");
    return { id: value.slice(0, at), name: value.slice(at + 1).trim() };
  });

/** Variables whose value must never be echoed, even in the error naming them. */
const SECRET_VARIABLES = new Set(["SMTP_URL", "DATABASE_URL"]);

/**
 * Four connections per core, and never fewer than node-postgres's own 10: while one connection's
 * statement runs in PostgreSQL, the others carry the next requests' (docs/configuration.md#postgresql-pool).
 */
const defaultPoolSize = (): number => Math.max(10, 4 * availableParallelism());

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/**
 * docs/configuration.md#variables: the environment in, the `Config` out. A new variable is one key here and one line
 * in the transform; the type follows.
 */
const configSchema = z
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
    DATABASE_POOL_SIZE: z.coerce
      .number({ error: "must be a whole number from 1 to 1000" })
      .int("must be a whole number from 1 to 1000")
      .min(1, "must be a whole number from 1 to 1000")
      .max(1000, "must be a whole number from 1 to 1000")
      .optional(),
    SEED: z.enum(["demo", "none"], { error: "must be demo or none" }).optional(),
    CODE_TTL: positiveSeconds(60),
    ACCESS_TOKEN_TTL: positiveSeconds(3600),
    REFRESH_TOKEN_TTL: positiveSeconds(2_592_000),
    REFRESH_TOKEN_ABSOLUTE_TTL: positiveSeconds(7_776_000),
    REFRESH_REUSE_GRACE: seconds(0),
    KEY_ROTATION: positiveSeconds(86_400),
    TRUST_PROXY: trustProxySchema.optional(),
    MANAGEMENT_PORT: z
      .union([z.literal("off"), z.coerce.number().int().min(0).max(65535)], {
        error: "must be a port number or off",
      })
      .default(9000),
    AUDIT_RETENTION: positiveSeconds(7_776_000),
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL" }).optional(),
    MAIL_FROM: z.string().max(320).optional(),
    BOOTSTRAP_PORTAL: bootstrapPortalSchema.optional(),
    BOOTSTRAP_OWNER_EMAIL: z.email({ error: "must be an email address" }).max(254).toLowerCase().optional(),
    BOOTSTRAP_OWNER_PASSWORD_FILE: z.string().min(1).optional(),
    DEFAULT_LOCALE: z.enum(LOCALES, { error: `must be one of ${LOCALES.join(", ")}` }).default("en"),
    LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(", ")}` }).default("info"),
  })
  .superRefine((env, ctx) => {
    if (env.STORE === "postgres" && !env.DATABASE_URL) {
      ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "is required when STORE=postgres" });
    }
    if (env.SMTP_URL && !env.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when SMTP_URL is set" });
    }
    // docs/configuration.md#first-run: the three go together.
    const bootstrap = [env.BOOTSTRAP_PORTAL, env.BOOTSTRAP_OWNER_EMAIL, env.BOOTSTRAP_OWNER_PASSWORD_FILE];
    if (bootstrap.some((value) => value !== undefined) && bootstrap.some((value) => value === undefined)) {
      const missing = (
        ["BOOTSTRAP_PORTAL", "BOOTSTRAP_OWNER_EMAIL", "BOOTSTRAP_OWNER_PASSWORD_FILE"] as const
      ).find((name) => env[name] === undefined);
      ctx.addIssue({
        code: "custom",
        path: [missing ?? "BOOTSTRAP_PORTAL"],
        message: "is required with the other BOOTSTRAP_ variables",
      });
    }
    // docs/configuration.md#demo-data: a production start never seeds the demo secrets.
    if (env.NODE_ENV === "production" && env.SEED === "demo") {
      ctx.addIssue({ code: "custom", path: ["SEED"], message: "must not be demo in production" });
    }
  })
  .transform((env) => {
    const production = env.NODE_ENV === "production";
    return Object.freeze({
      production,
      port: env.PORT,
      /** The issuer identifier, also the public origin the SPA is served from. */
      issuer: env.ISSUER ?? `http://localhost:${env.PORT}`,
      dataDir: path.resolve(env.DATA_DIR),
      store: env.STORE,
      databaseUrl: env.DATABASE_URL,
      /** Connections this process keeps to PostgreSQL (docs/configuration.md#postgresql-pool). */
      databasePoolSize: env.DATABASE_POOL_SIZE ?? defaultPoolSize(),
      seed: env.SEED ?? (production ? "none" : "demo"),
      /** Lifetimes in seconds. */
      codeTtl: env.CODE_TTL,
      accessTokenTtl: env.ACCESS_TOKEN_TTL,
      /** Idle lifetime of one refresh token. */
      refreshTokenTtl: env.REFRESH_TOKEN_TTL,
      /** A chain of refresh tokens ends this long after its code was redeemed, however often it rotated. */
      refreshTokenAbsoluteTtl: env.REFRESH_TOKEN_ABSOLUTE_TTL,
      refreshReuseGrace: env.REFRESH_REUSE_GRACE,
      keyRotation: env.KEY_ROTATION,
      /** Whose `X-Forwarded-For` names the client address: unset, nobody's (the socket's). */
      trustProxy: env.TRUST_PROXY,
      logLevel: env.LOG_LEVEL,
      /** The pages' and mails' language when neither `ui_locales` nor the browser names one (docs/pages.md#languages). */
      defaultLocale: env.DEFAULT_LOCALE,
      /** Health, readiness and metrics (docs/operations.md#management-port); null when `off`. */
      managementPort: env.MANAGEMENT_PORT === "off" ? null : env.MANAGEMENT_PORT,
      /** How long audit events are kept, in seconds. */
      auditRetention: env.AUDIT_RETENTION,
      /** Mail for invitations and resets; unset: nothing is mailed and admins copy the links. */
      mail: env.SMTP_URL && env.MAIL_FROM ? { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM } : null,
      /** The first portal and its owner, made at start when the store has nobody. */
      bootstrap:
        env.BOOTSTRAP_PORTAL && env.BOOTSTRAP_OWNER_EMAIL && env.BOOTSTRAP_OWNER_PASSWORD_FILE
          ? {
              portal: env.BOOTSTRAP_PORTAL,
              ownerEmail: env.BOOTSTRAP_OWNER_EMAIL,
              ownerPasswordFile: env.BOOTSTRAP_OWNER_PASSWORD_FILE,
            }
          : null,
    });
  });

/** The configuration every part of the server is given, read once by `loadConfig`. */
export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {}

/** Parses docs/configuration.md#variables once; a bad value throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = configSchema.safeParse(blankless);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = issue?.path[0];
  const variable = typeof key === "string" ? key : "environment";
  const got = SECRET_VARIABLES.has(variable) ? '"[redacted]"' : JSON.stringify(env[variable] ?? null);
  throw new ConfigError(`${variable} ${issue?.message ?? "is invalid"} (got ${got})`);
}
