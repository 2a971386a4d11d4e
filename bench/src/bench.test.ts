import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Report } from "./report.ts";

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("pnpm bench --quick", () => {
  it("measures every case of docs/operations.md#benchmarks in under a minute and prints the table, with non-zero figures and no errors", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "gatehouse-bench-test-"));
    try {
      const started = Date.now();
      const run = spawnSync(
        path.join(benchDir, "node_modules/.bin/tsx"),
        ["src/main.ts", "--quick", "--out", out],
        {
          cwd: benchDir,
          encoding: "utf8",
          timeout: 300_000,
        },
      );
      const seconds = (Date.now() - started) / 1000;
      expect(run.status, run.stderr).toBe(0);

      const report = JSON.parse(await readFile(path.join(out, "results.json"), "utf8")) as Report;
      const names = report.cases.map((result) => result.name);
      for (const expected of [
        "bare node:http (ceiling)",
        "token: authorization_code, RS256 ID token",
        "token: authorization_code, ES256 ID token",
        "token: authorization_code, audit log off",
        "token: authorization_code, PKCE",
        "token: refresh_token rotation, RS256 ID token",
        "node-oidc-provider 8.8.1: authorization_code, RS256 ID token",
        "whole flow: authorize → sign in → consent → token",
        "password hash: argon2id verifications (the whole flow's ceiling)",
        "token: authorization_code, 1,000 grants",
        "bearer check: GET /api/2.0/people/@self",
      ]) {
        expect(names).toContain(expected);
        expect(run.stdout).toContain(expected);
      }
      expect(
        names.some(
          (name) => /token: authorization_code, [\d,]+ grants/.test(name) && !name.includes("1,000"),
        ),
      ).toBe(true);
      for (const result of report.cases) {
        expect(result.requestsPerSecond, result.name).toBeGreaterThan(0);
        expect(result.p50, result.name).toBeGreaterThan(0);
        expect(result.p99, result.name).toBeGreaterThanOrEqual(result.p50);
        expect(result.errors, result.name).toBe(0);
        expect(result.ratio, result.name).toBeGreaterThan(0);
      }
      expect(report.cases[0]?.ratio).toBe(1);
      expect(run.stdout).toMatch(/whole flows \/ argon2id verifications \(its ceiling\): [\d.]+/);
      // Ours over the peer's, for the pair --quick measures, in the table and in results.json.
      const [comparison] = report.comparisons;
      expect(report.comparisons).toHaveLength(1);
      expect(comparison?.ours).toBe("token: authorization_code, RS256 ID token");
      expect(comparison?.ratio).toBeGreaterThan(0);
      expect(report.cases.find((result) => result.name === comparison?.ours)?.peerRatio).toBe(
        comparison?.ratio,
      );
      expect(run.stdout).toMatch(
        /Gatehouse \/ node-oidc-provider 8\.8\.1, authorization_code, RS256 ID token: [\d.]+×/,
      );
      expect(await readFile(path.join(out, "results.svg"), "utf8")).toContain("<svg");
      // The budget of quick mode (docs/operations.md#benchmarks); Postgres rows (when a server is named) come on top.
      const postgresRows = report.cases.filter((result) => result.name.startsWith("postgres")).length;
      if (postgresRows === 0) expect(seconds).toBeLessThan(60);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
