import { cpus } from "node:os";
import { type CaseResult, tokenCaseName, WHOLE_FLOW_CASE } from "./cases.ts";
import { PASSWORD_HASH_CASE } from "./password-hash/ceiling.ts";

/** One of our cases beside the peer's same work (bench/src/peer/): throughput ours / peer's, and both p99s. */
export interface Comparison {
  ours: string;
  peer: string;
  ratio: number;
  p99: { ours: number; peer: number };
}

export interface Report {
  measuredAt: string;
  machine: { cpus: number; model: string; node: string };
  quick: boolean;
  ceiling: number;
  /** `peerRatio`: on our cases that have a peer case, our throughput over the peer's. */
  cases: (CaseResult & { ratio: number; peerRatio?: number })[];
  comparisons: Comparison[];
}

/** The token case run with `main.ts --no-audit`, beside the same case with the audit log on. */
export const AUDIT_OFF_CASE = "token: authorization_code, audit log off";
const AUDIT_ON_CASE = tokenCaseName.code("RS256");

/** Throughput with the audit log over throughput without it (1: it costs nothing), or null when not measured. */
export function auditCost(report: Pick<Report, "cases">): number | null {
  const on = report.cases.find((result) => result.name === AUDIT_ON_CASE)?.requestsPerSecond;
  const off = report.cases.find((result) => result.name === AUDIT_OFF_CASE)?.requestsPerSecond;
  return on && off ? on / off : null;
}

/**
 * Whole flows per second over argon2id verifications per second (each flow verifies one password):
 * 1 would be a flow that costs nothing beside its hash; null when either was not measured.
 */
export function flowOverPasswordHash(report: Pick<Report, "cases">): number | null {
  const flows = report.cases.find((result) => result.name === WHOLE_FLOW_CASE)?.requestsPerSecond;
  const hashes = report.cases.find((result) => result.name === PASSWORD_HASH_CASE)?.requestsPerSecond;
  return flows && hashes ? flows / hashes : null;
}

/** Each [ours, peer] pair of case names both measured in this run, compared. */
function compare(results: CaseResult[], pairs: readonly [string, string][]): Comparison[] {
  const byName = new Map(results.map((result) => [result.name, result]));
  return pairs.flatMap(([oursName, peerName]) => {
    const ours = byName.get(oursName);
    const peer = byName.get(peerName);
    if (!ours || !peer || peer.requestsPerSecond === 0) return [];
    return [
      {
        ours: oursName,
        peer: peerName,
        ratio: ours.requestsPerSecond / peer.requestsPerSecond,
        p99: { ours: ours.p99, peer: peer.p99 },
      },
    ];
  });
}

export function buildReport(
  results: CaseResult[],
  quick: boolean,
  peerPairs: readonly [string, string][] = [],
): Report {
  const ceiling = results[0]?.requestsPerSecond ?? 0;
  const comparisons = compare(results, peerPairs);
  return {
    measuredAt: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "unknown", node: process.version },
    quick,
    ceiling,
    cases: results.map((result) => {
      const peerRatio = comparisons.find((comparison) => comparison.ours === result.name)?.ratio;
      return {
        ...result,
        ratio: ceiling > 0 ? result.requestsPerSecond / ceiling : 0,
        ...(peerRatio === undefined ? {} : { peerRatio }),
      };
    }),
    comparisons,
  };
}

const fixed = (value: number, digits: number) => value.toFixed(digits);

export function table(report: Report): string {
  const header = ["case", "per second", "p50 ms", "p99 ms", "CPU ms", "errors", "× ceiling", "× peer"];
  const rows = report.cases.map((result) => [
    result.name,
    `${fixed(result.requestsPerSecond, result.unit === "req" ? 0 : 1)} ${result.unit}/s`,
    fixed(result.p50, 2),
    fixed(result.p99, 2),
    result.cpuMsPerRequest === undefined ? "" : fixed(result.cpuMsPerRequest, 3),
    `${result.errors}`,
    fixed(result.ratio, 3),
    result.peerRatio === undefined ? "" : fixed(result.peerRatio, 2),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join(" | ")} |`;
  return [
    line(header),
    `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`,
    ...rows.map(line),
  ].join("\n");
}

const escapeXml = (value: string) => value.replace(/[<>&"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** A horizontal bar chart of throughput, on a log scale so the ceiling does not flatten the rest. */
export function chart(report: Report): string {
  const rowHeight = 34;
  const labelWidth = 360;
  const barWidth = 420;
  const top = 56;
  const height = top + report.cases.length * rowHeight + 30;
  const max = Math.log10(Math.max(10, ...report.cases.map((result) => result.requestsPerSecond)));
  const peers = new Set(report.comparisons.map((comparison) => comparison.peer));
  const bars = report.cases
    .map((result, index) => {
      const y = top + index * rowHeight;
      const width = Math.max(2, (Math.log10(Math.max(1, result.requestsPerSecond)) / max) * barWidth);
      const colour =
        index === 0
          ? "#94a3b8"
          : peers.has(result.name)
            ? "#7c3aed"
            : result.unit !== "req"
              ? "#f59e0b"
              : "#2563eb";
      const label = `${result.requestsPerSecond.toFixed(result.unit === "req" ? 0 : 1)} ${result.unit}/s · p99 ${result.p99.toFixed(1)} ms`;
      return [
        `<text x="${labelWidth - 10}" y="${y + 20}" text-anchor="end">${escapeXml(result.name)}</text>`,
        `<rect x="${labelWidth}" y="${y + 6}" width="${width.toFixed(1)}" height="20" rx="3" fill="${colour}"/>`,
        `<text x="${(labelWidth + width + 8).toFixed(1)}" y="${y + 20}" fill="#334155">${escapeXml(label)}</text>`,
      ].join("");
    })
    .join("\n");
  const title = `Gatehouse pnpm bench${report.quick ? " --quick" : ""} · ${report.machine.cpus} cores · Node ${report.machine.node} · ${report.measuredAt.slice(0, 10)}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 260}" height="${height}" font-family="system-ui, sans-serif" font-size="13" role="img" aria-labelledby="title">
<title id="title">${escapeXml(title)}: requests per second of each case</title>
<rect width="100%" height="100%" fill="#fff"/>
<text x="16" y="28" font-size="16" font-weight="600">${escapeXml(title)}</text>
<text x="16" y="46" fill="#64748b">throughput, log scale; grey: the bare node:http ceiling, blue: requests, violet: node-oidc-provider, amber: whole flows and their password-hash ceiling</text>
${bars}
</svg>
`;
}
