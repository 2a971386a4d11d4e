import { availableParallelism } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.ts";

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe("loadConfig", () => {
  it("answers the defaults of docs/configuration.md#variables for an empty environment", () => {
    expect(loadConfig({})).toEqual({
      production: false,
      port: 3000,
      issuer: "http://localhost:3000",
      dataDir: path.resolve("./data"),
      store: "lowdb",
      databaseUrl: undefined,
      databasePoolSize: Math.max(10, 4 * availableParallelism()),
      seed: "demo",
      codeTtl: 60,
      accessTokenTtl: 3600,
      refreshTokenTtl: 2_592_000,
      refreshTokenAbsoluteTtl: 7_776_000,
      refreshReuseGrace: 0,
      keyRotation: 86_400,
      trustProxy: undefined,
      logLevel: "info",
      defaultLocale: "en",
      managementPort: 9000,
      auditRetention: 7_776_000,
      mail: null,
      bootstrap: null,
    });
  });

  it("reads SMTP_URL with MAIL_FROM, and never echoes the SMTP_URL it refuses (docs/configuration.md#mail)", () => {
    expect(
      loadConfig({ SMTP_URL: "smtp://user:pass@mail.example:587", MAIL_FROM: "Gatehouse <id@example.com>" })
        .mail,
    ).toEqual({
      smtpUrl: "smtp://user:pass@mail.example:587",
      from: "Gatehouse <id@example.com>",
    });
    expect(configError({ SMTP_URL: "smtp://mail.example" }).message).toMatch(
      /^MAIL_FROM is required when SMTP_URL is set/,
    );
    const refused = configError({ SMTP_URL: "http://user:s3cret@mail.example", MAIL_FROM: "a@example.com" });
    expect(refused.message).toMatch(/^SMTP_URL /);
    expect(refused.message).not.toContain("s3cret");
  });

  it("reads the BOOTSTRAP_ variables together, and names the one missing (docs/configuration.md#first-run)", () => {
    const bootstrap = {
      BOOTSTRAP_PORTAL: "initech:Initech Corp",
      BOOTSTRAP_OWNER_EMAIL: "Olga@Initech.example",
      BOOTSTRAP_OWNER_PASSWORD_FILE: "/run/secrets/owner",
    };
    expect(loadConfig(bootstrap).bootstrap).toEqual({
      portal: { id: "initech", name: "Initech Corp" },
      ownerEmail: "olga@initech.example",
      ownerPasswordFile: "/run/secrets/owner",
    });
    const { BOOTSTRAP_OWNER_EMAIL: _email, ...withoutEmail } = bootstrap;
    expect(configError(withoutEmail).message).toMatch(/^BOOTSTRAP_OWNER_EMAIL is required/);
    expect(configError({ ...bootstrap, BOOTSTRAP_PORTAL: "Initech" }).message).toMatch(
      /^BOOTSTRAP_PORTAL must be id:Name/,
    );
  });

  it("answers a frozen Config", () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });

  it("derives the issuer from PORT when ISSUER is not set", () => {
    expect(loadConfig({ PORT: "4100" })).toMatchObject({ port: 4100, issuer: "http://localhost:4100" });
  });

  it("reads every variable it is given", () => {
    const config = loadConfig({
      PORT: "8080",
      ISSUER: "https://id.example.com",
      DATA_DIR: "/var/lib/gatehouse",
      STORE: "postgres",
      DATABASE_URL: "postgres://gatehouse@db/gatehouse",
      DATABASE_POOL_SIZE: "24",
      SEED: "none",
      CODE_TTL: "30",
      ACCESS_TOKEN_TTL: "600",
      REFRESH_TOKEN_TTL: "86400",
      REFRESH_TOKEN_ABSOLUTE_TTL: "604800",
      REFRESH_REUSE_GRACE: "5",
      KEY_ROTATION: "3600",
      LOG_LEVEL: "warn",
    });
    expect(config).toMatchObject({
      port: 8080,
      issuer: "https://id.example.com",
      dataDir: "/var/lib/gatehouse",
      store: "postgres",
      databaseUrl: "postgres://gatehouse@db/gatehouse",
      databasePoolSize: 24,
      seed: "none",
      codeTtl: 30,
      accessTokenTtl: 600,
      refreshTokenTtl: 86_400,
      refreshTokenAbsoluteTtl: 604_800,
      refreshReuseGrace: 5,
      keyRotation: 3600,
      logLevel: "warn",
    });
  });

  it("reads DEFAULT_LOCALE as one of the supported languages (docs/configuration.md#variables)", () => {
    expect(loadConfig({ DEFAULT_LOCALE: "pt-BR" }).defaultLocale).toBe("pt-BR");
    expect(loadConfig({ DEFAULT_LOCALE: "ar" }).defaultLocale).toBe("ar");
  });

  it("treats an empty variable as unset", () => {
    expect(loadConfig({ PORT: "", SEED: "" })).toMatchObject({ port: 3000, seed: "demo" });
  });

  it("defaults SEED to none when NODE_ENV=production", () => {
    expect(loadConfig({ NODE_ENV: "production" })).toMatchObject({ production: true, seed: "none" });
  });

  it("reads MANAGEMENT_PORT as a port, 0 for any free one, or off for none (docs/configuration.md#variables)", () => {
    expect(loadConfig({ MANAGEMENT_PORT: "9100" }).managementPort).toBe(9100);
    expect(loadConfig({ MANAGEMENT_PORT: "0" }).managementPort).toBe(0);
    expect(loadConfig({ MANAGEMENT_PORT: "off" }).managementPort).toBeNull();
    expect(loadConfig({ AUDIT_RETENTION: "86400" }).auditRetention).toBe(86_400);
  });

  it("defaults SEED to demo outside production", () => {
    expect(loadConfig({ NODE_ENV: "development" }).seed).toBe("demo");
    expect(loadConfig({ NODE_ENV: "test" }).seed).toBe("demo");
  });

  it.each([
    ["PORT", { PORT: "abc" }],
    ["PORT", { PORT: "70000" }],
    ["PORT", { PORT: "-1" }],
    ["PORT", { PORT: "80.5" }],
    ["ISSUER", { ISSUER: "localhost:3000" }],
    ["ISSUER", { ISSUER: "ftp://id.example.com" }],
    ["ISSUER", { ISSUER: "https://id.example.com/" }],
    ["ISSUER", { ISSUER: "https://id.example.com?x=1" }],
    ["ISSUER", { ISSUER: "https://id.example.com#x" }],
    ["STORE", { STORE: "mysql" }],
    ["DATABASE_URL", { STORE: "postgres", DATABASE_URL: "mysql://db/gatehouse" }],
    ["DATABASE_POOL_SIZE", { DATABASE_POOL_SIZE: "0" }],
    ["DATABASE_POOL_SIZE", { DATABASE_POOL_SIZE: "2.5" }],
    ["DATABASE_POOL_SIZE", { DATABASE_POOL_SIZE: "many" }],
    ["SEED", { SEED: "production" }],
    ["CODE_TTL", { CODE_TTL: "0" }],
    ["CODE_TTL", { CODE_TTL: "1m" }],
    ["ACCESS_TOKEN_TTL", { ACCESS_TOKEN_TTL: "-60" }],
    ["REFRESH_TOKEN_TTL", { REFRESH_TOKEN_TTL: "1.5" }],
    ["REFRESH_TOKEN_ABSOLUTE_TTL", { REFRESH_TOKEN_ABSOLUTE_TTL: "0" }],
    ["REFRESH_TOKEN_ABSOLUTE_TTL", { REFRESH_TOKEN_ABSOLUTE_TTL: "-300" }],
    ["REFRESH_TOKEN_ABSOLUTE_TTL", { REFRESH_TOKEN_ABSOLUTE_TTL: "90d" }],
    ["REFRESH_REUSE_GRACE", { REFRESH_REUSE_GRACE: "-1" }],
    ["KEY_ROTATION", { KEY_ROTATION: "0" }],
    ["LOG_LEVEL", { LOG_LEVEL: "verbose" }],
    ["DEFAULT_LOCALE", { DEFAULT_LOCALE: "tlh" }],
    ["DEFAULT_LOCALE", { DEFAULT_LOCALE: "de-DE" }],
    ["TRUST_PROXY", { TRUST_PROXY: "yes" }],
    ["TRUST_PROXY", { TRUST_PROXY: "-1" }],
    ["TRUST_PROXY", { TRUST_PROXY: "10.0.0.1,proxy.example.com" }],
    ["TRUST_PROXY", { TRUST_PROXY: "10.0.0.0/33" }],
    ["MANAGEMENT_PORT", { MANAGEMENT_PORT: "on" }],
    ["MANAGEMENT_PORT", { MANAGEMENT_PORT: "70000" }],
    ["AUDIT_RETENTION", { AUDIT_RETENTION: "0" }],
    ["AUDIT_RETENTION", { AUDIT_RETENTION: "90d" }],
  ])("throws a one-line ConfigError starting with %s for %j", (variable, env) => {
    const error = configError(env);
    expect(error.message.startsWith(`${variable} `)).toBe(true);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  it("names DATABASE_URL when STORE=postgres comes without it", () => {
    const error = configError({ STORE: "postgres" });
    expect(error.message).toMatch(/^DATABASE_URL /);
    expect(error.message).toContain("STORE=postgres");
  });

  it("quotes the bad value in the message, on one line even when the value has a line break", () => {
    const error = configError({ LOG_LEVEL: "info\nroot:x:0:0" });
    expect(error.message).toMatch(/^LOG_LEVEL must be one of .*\(got "info\\nroot:x:0:0"\)$/);
    expect(error.message).not.toMatch(/[\r\n]/);
  });

  it("reads TRUST_PROXY as a hop count or a list of addresses and CIDRs (docs/configuration.md#variables)", () => {
    expect(loadConfig({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: "127.0.0.1, 10.0.0.0/8,::1" }).trustProxy).toEqual([
      "127.0.0.1",
      "10.0.0.0/8",
      "::1",
    ]);
  });

  it("allows REFRESH_REUSE_GRACE=0 and PORT=0", () => {
    expect(loadConfig({ REFRESH_REUSE_GRACE: "0", PORT: "0" })).toMatchObject({
      refreshReuseGrace: 0,
      port: 0,
    });
  });
});
