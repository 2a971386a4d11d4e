// `tsx src/threadpool.ts`: the RS256 code exchange at several UV_THREADPOOL_SIZEs, ours and
// node-oidc-provider's, in one run (README "Performance"). Signatures and lowdb's journal writes are
// libuv thread-pool jobs; how many threads the pool has decides whether a write waiting for the disk
// holds up a signature.
import type { Plan } from "./cases.ts";
import { loadTokenEndpoint } from "./cases.ts";
import { closeMinting, mintCodes, NOTES } from "./flows.ts";
import { lowdbEngine, prepareStore, startGatehouse } from "./gatehouse.ts";
import { mintPeerCodes, startPeer } from "./peer/peer.ts";

/** Each size twice, taking turns, as the machine's load drifts between cases. */
const ROUNDS = 2;
const SIZES = [2, 3, 4];
const PEER_SIZES = [2, 3];
const plan: Plan = {
  quick: true,
  seconds: 4,
  connections: 50,
  credentials: 4_000,
  grants: { small: 0, large: 0 },
  flowConcurrency: 0,
  warmUp: 500,
};
const form = (code: string) => ({ grant_type: "authorization_code", code, ...NOTES });

async function ours(size: number) {
  const engine = await lowdbEngine();
  try {
    await prepareStore(engine, 0);
    const server = await startGatehouse(engine, { UV_THREADPOOL_SIZE: `${size}` });
    try {
      const codes = await mintCodes(server.url, plan.credentials + plan.warmUp, "notes");
      return await loadTokenEndpoint(server, plan, codes, form);
    } finally {
      await server.stop();
    }
  } finally {
    await engine.cleanup();
  }
}

async function peer(size: number) {
  const server = await startPeer("RS256", { UV_THREADPOOL_SIZE: `${size}` });
  try {
    const codes = await mintPeerCodes(server.url, plan.credentials + plan.warmUp);
    return await loadTokenEndpoint(server, plan, codes, form);
  } finally {
    await server.stop();
  }
}

type Run = [string, () => ReturnType<typeof ours>];
const round: Run[] = [
  ...SIZES.map((size): Run => [`Gatehouse, ${size}`, () => ours(size)]),
  ...PEER_SIZES.map((size): Run => [`node-oidc-provider, ${size}`, () => peer(size)]),
];
const runs = Array.from({ length: ROUNDS }, () => round).flat();
console.log("| server, UV_THREADPOOL_SIZE | req/s | p50 ms | p99 ms | server CPU ms/req | errors |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const [label, run] of runs) {
  const result = await run();
  console.log(
    `| ${label} | ${result.requestsPerSecond.toFixed(0)} | ${result.p50.toFixed(2)} | ${result.p99.toFixed(2)} | ${result.cpuMsPerRequest?.toFixed(3) ?? ""} | ${result.errors} |`,
  );
}
closeMinting();
