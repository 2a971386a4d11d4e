// `pnpm bench [--quick]`: the benchmark figures (docs/operations.md#benchmarks), side by side in one run, on this machine.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  bareNode,
  bearerCheck,
  type CaseResult,
  type Plan,
  stopSharedServers,
  tokenAuthorizationCode,
  tokenCaseName,
  tokenPkce,
  tokenRefresh,
  wholeFlows,
} from "./cases.ts";
import { closeMinting } from "./flows.ts";
import { lowdbEngine, postgresEngine, profileServersInto } from "./gatehouse.ts";
import { passwordHashCeiling } from "./password-hash/ceiling.ts";
import { peerCaseName, peerTokenAuthorizationCode, peerTokenRefresh } from "./peer/cases.ts";
import { PEER_NAME } from "./peer/peer.ts";
import { AUDIT_OFF_CASE, auditCost, buildReport, chart, flowOverPasswordHash, table } from "./report.ts";

const quick = process.argv.includes("--quick");
const plan: Plan = quick
  ? {
      quick,
      seconds: 2,
      connections: 50,
      // Enough for the 2 s at the token endpoint's rate here; a case that spends them all sooner
      // is measured over the time it took.
      credentials: 1_500,
      grants: { small: 1_000, large: 5_000 },
      flowConcurrency: 8,
      warmUp: 200,
    }
  : {
      quick,
      seconds: 10,
      connections: 50,
      credentials: 30_000,
      grants: { small: 1_000, large: 100_000 },
      flowConcurrency: 16,
      warmUp: 1_000,
    };

// `--out DIR` writes the results elsewhere (the test of `--quick` does, to keep the tree clean).
const outIndex = process.argv.indexOf("--out");
const outDir =
  outIndex >= 0
    ? path.resolve(process.argv[outIndex + 1] ?? ".")
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

type Step = [string, () => Promise<CaseResult>];
const steps: Step[] = [
  ["bare node:http", () => bareNode(plan)],
  ["token: authorization_code RS256", () => tokenAuthorizationCode(plan, tokenCaseName.code("RS256"), 0)],
  [
    "token: authorization_code ES256",
    () => tokenAuthorizationCode(plan, tokenCaseName.code("ES256"), 0, lowdbEngine, [], "notes-es256"),
  ],
  // The same case with the audit log off: what recording security events costs the token endpoint.
  ["token: audit off", () => tokenAuthorizationCode(plan, AUDIT_OFF_CASE, 0, lowdbEngine, ["--no-audit"])],
  ["token: PKCE", () => tokenPkce(plan)],
  ["token: refresh", () => tokenRefresh(plan)],
  // node-oidc-provider doing the same token work, in the same run (docs/operations.md#benchmarks).
  // `--quick` keeps one of its cases, to stay within its minute (docs/operations.md#benchmarks).
  ["peer: authorization_code RS256", () => peerTokenAuthorizationCode(plan, "RS256")],
  ...(quick
    ? []
    : ([
        ["peer: authorization_code ES256", () => peerTokenAuthorizationCode(plan, "ES256")],
        ["peer: refresh", () => peerTokenRefresh(plan)],
      ] satisfies Step[])),
  ["whole flow", () => wholeFlows(plan)],
  // What the whole flow cannot exceed: the argon2id verification it makes, alone (docs/operations.md#benchmarks).
  ["password hash (whole flow)", () => passwordHashCeiling(plan)],
  // The token endpoint on a store that already holds many grants, small then large.
  ...[plan.grants.small, plan.grants.large].map(
    (grants): Step => [
      `${grants} grants`,
      () =>
        tokenAuthorizationCode(
          plan,
          `token: authorization_code, ${grants.toLocaleString("en")} grants`,
          grants,
        ),
    ],
  ),
  ["bearer check", () => bearerCheck(plan)],
];

// `--profile DIR`: each Gatehouse process writes a V8 CPU profile there (open it in Chrome DevTools).
const profileIndex = process.argv.indexOf("--profile");
if (profileIndex >= 0) profileServersInto(path.resolve(process.argv[profileIndex + 1] ?? "profiles"));

// The Postgres engine's rows, beside lowdb's, when a server is named (see README "Performance").
const postgres = await postgresEngine();
if (postgres) {
  await postgres.cleanup();
  const fresh = async () => {
    const engine = await postgresEngine();
    if (!engine) throw new Error("the Postgres server went away");
    return engine;
  };
  steps.push(
    ["postgres token", () => tokenAuthorizationCode(plan, "postgres: token: authorization_code", 0, fresh)],
    ["postgres refresh", () => tokenRefresh(plan, "postgres: token: refresh_token rotation", fresh)],
  );
} else {
  process.stderr.write(
    "bench: no BENCH_DATABASE_URL or GATEHOUSE_TEST_DATABASE_URL: the Postgres rows are left out\n",
  );
}

// `--only WORD[,WORD…]` keeps the ceiling and the cases whose label contains one of the words (for profiling
// one case, or comparing a few in one run).
const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] ?? "").split(",") : undefined;
const chosen = steps.filter(
  ([label], index) => index === 0 || only === undefined || only.some((word) => label.includes(word)),
);

const results: CaseResult[] = [];
for (const [label, run] of chosen) {
  process.stderr.write(`bench: ${label}…\n`);
  results.push(await run());
}
await stopSharedServers();
closeMinting();
const report = buildReport(results, quick, [
  [tokenCaseName.code("RS256"), peerCaseName.code("RS256")],
  [tokenCaseName.code("ES256"), peerCaseName.code("ES256")],
  [tokenCaseName.refresh, peerCaseName.refresh],
]);
await mkdir(outDir, { recursive: true });
console.log(table(report));
const audit = auditCost(report);
const flows = flowOverPasswordHash(report);
if (audit !== null || flows !== null) console.log("");
if (audit !== null) {
  console.log(`audit log on / off, token endpoint: ${audit.toFixed(3)} of the throughput without it`);
}
if (flows !== null) {
  console.log(`whole flows / argon2id verifications (its ceiling): ${flows.toFixed(3)}`);
}
if (report.comparisons.length > 0) console.log("");
for (const comparison of report.comparisons) {
  console.log(
    `Gatehouse / ${PEER_NAME}, ${comparison.ours.replace("token: ", "")}: ${comparison.ratio.toFixed(2)}× the requests per second, p99 ${comparison.p99.ours.toFixed(2)} vs ${comparison.p99.peer.toFixed(2)} ms`,
  );
}
await writeFile(path.join(outDir, "results.json"), `${JSON.stringify(report, null, 2)}\n`);
await writeFile(path.join(outDir, "results.svg"), chart(report));
console.log(`\nwritten: ${path.join(outDir, "results.json")}, ${path.join(outDir, "results.svg")}`);
