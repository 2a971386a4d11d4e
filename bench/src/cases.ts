import {
  type BenchApp,
  MOBILE,
  mintCodes,
  mintRefreshTokens,
  NOTES,
  NOTES_ES256,
  redeemCode,
  VERIFIER,
  wholeFlow,
} from "./flows.ts";
import {
  type Engine,
  flowPerson,
  lowdbEngine,
  prepareStore,
  type RunningServer,
  startBareNode,
  startGatehouse,
} from "./gatehouse.ts";
import { load, type Measurement, summarize } from "./measure.ts";

export interface Plan {
  quick: boolean;
  /** Seconds per load case (each also bounded by the codes or tokens minted for it). */
  seconds: number;
  connections: number;
  /** Codes or refresh tokens minted before a token-endpoint case. */
  credentials: number;
  grants: { small: number; large: number };
  flowConcurrency: number;
  /** Requests run before each measurement and not counted: the server's JIT and caches warm up. */
  warmUp: number;
}

export interface CaseResult extends Measurement {
  name: string;
  /** What one counted item is: a request, a whole flow, or one password-hash verification. */
  unit: "req" | "flow" | "verification";
}

/** Our token cases' names, which report.ts pairs with the peer's (bench/src/peer/). */
export const tokenCaseName = {
  code: (alg: "RS256" | "ES256") => `token: authorization_code, ${alg} ID token`,
  refresh: "token: refresh_token rotation, RS256 ID token",
};

/** The form of a refresh-token rotation by Demo Notes (on our server and on the peer alike). */
export const refreshForm = (token: string): Record<string, string> => ({
  grant_type: "refresh_token",
  refresh_token: token,
  client_id: NOTES.client_id,
  client_secret: NOTES.client_secret,
});

const FORM = { "content-type": "application/x-www-form-urlencoded" };

/**
 * Hands out each minted value once: every request redeems a fresh code or rotates a fresh token.
 * The bodies are built before the load starts, so the load generator (which shares the cores)
 * spends no more per request than it does on the ceiling's fixed request.
 */
function oneEach(values: string[], toBody: (value: string) => string): () => string {
  const bodies = values.map(toBody);
  let next = 0;
  return () => {
    const body = bodies[next % bodies.length] ?? "";
    next += 1;
    return body;
  };
}

/** Drives the token endpoint with one fresh minted value per request (warm-up requests first). */
export function loadTokenEndpoint(
  server: Served,
  plan: Plan,
  values: string[],
  toForm: (value: string) => Record<string, string>,
) {
  return load({
    cpuSeconds: server.cpuSeconds,
    url: `${server.url}/oauth2/token`,
    method: "POST",
    headers: FORM,
    connections: plan.connections,
    durationSeconds: plan.seconds,
    amount: plan.credentials,
    warmUp: plan.warmUp,
    body: oneEach(values, (value) => new URLSearchParams(toForm(value)).toString()),
    expectedStatus: 200,
  });
}

export async function bareNode(plan: Plan): Promise<CaseResult> {
  const server = await startBareNode();
  try {
    const measured = await load({
      url: server.url,
      cpuSeconds: server.cpuSeconds,
      connections: plan.connections,
      durationSeconds: plan.seconds,
      warmUp: plan.warmUp,
      expectedStatus: 200,
    });
    return { name: "bare node:http (ceiling)", unit: "req", ...measured };
  } finally {
    await server.stop();
  }
}

/** A server a case measures: where it answers, and the CPU its processes have used so far. */
export type Served = Pick<RunningServer, "url" | "cpuSeconds">;

/** A server a case has set up (minted its codes or tokens on) and is about to measure. */
export interface SetUp extends Served {
  /**
   * The server to measure, once the set-up's writes are folded into the store's snapshot. A full
   * run restarts the process on the same store: opening a store that has a journal compacts it, so
   * the load window starts on an empty journal and carries no compaction the set-up's writes began
   * (one comes per 64 MB of journal, ≈ 50,000 code exchanges; docs/operations.md#benchmarks).
   * `--quick` measures the same process.
   */
  settled(): Promise<Served>;
}

interface Started extends SetUp {
  stop(): Promise<void>;
}

/** A Gatehouse on a fresh store holding `grants` extra grants, started with `serverArgs`. */
async function startOnFreshStore(
  engineFactory: () => Promise<Engine>,
  grants: number,
  serverArgs: string[],
  quick: boolean,
): Promise<Started> {
  const engine = await engineFactory();
  try {
    await prepareStore(engine, grants);
    let server = await startGatehouse(engine, {}, serverArgs);
    return {
      get url() {
        return server.url;
      },
      get cpuSeconds() {
        return server.cpuSeconds;
      },
      async settled() {
        if (quick) return server;
        await server.stop();
        server = await startGatehouse(engine, {}, serverArgs);
        return server;
      },
      async stop() {
        try {
          await server.stop();
        } finally {
          await engine.cleanup();
        }
      },
    };
  } catch (error) {
    await engine.cleanup();
    throw error;
  }
}

/**
 * `--quick` shares one server between the cases that ask for the same store and arguments (a
 * start costs seconds; the quick run only shows that every case works); a full run gives each case
 * its own fresh server and store, so no case measures what an earlier one left behind.
 */
const shared = new Map<() => Promise<Engine>, Map<string, Promise<Started>>>();

export async function stopSharedServers(): Promise<void> {
  const servers = [...shared.values()].flatMap((byKey) => [...byKey.values()]);
  shared.clear();
  for (const server of servers) await (await server).stop();
}

async function withGatehouse<T>(
  plan: Plan,
  engineFactory: () => Promise<Engine>,
  grants: number,
  measure: (server: SetUp) => Promise<T>,
  serverArgs: string[] = [],
): Promise<T> {
  if (!plan.quick) {
    const server = await startOnFreshStore(engineFactory, grants, serverArgs, false);
    try {
      return await measure(server);
    } finally {
      await server.stop();
    }
  }
  const byKey = shared.get(engineFactory) ?? new Map<string, Promise<Started>>();
  shared.set(engineFactory, byKey);
  const key = JSON.stringify([grants, serverArgs]);
  let server = byKey.get(key);
  if (!server) {
    server = startOnFreshStore(engineFactory, grants, serverArgs, true);
    byKey.set(key, server);
  }
  return measure(await server);
}

export function tokenAuthorizationCode(
  plan: Plan,
  name: string,
  grants: number,
  engineFactory: () => Promise<Engine> = lowdbEngine,
  serverArgs: string[] = [],
  /** Demo Notes (RS256 ID tokens) or its ES256 copy. */
  app: Extract<BenchApp, "notes" | "notes-es256"> = "notes",
): Promise<CaseResult> {
  return withGatehouse(
    plan,
    engineFactory,
    grants,
    async (server) => {
      const codes = await mintCodes(server.url, plan.credentials + plan.warmUp, app);
      const measured = await loadTokenEndpoint(await server.settled(), plan, codes, (code) => ({
        grant_type: "authorization_code",
        code,
        ...(app === "notes-es256" ? NOTES_ES256 : NOTES),
      }));
      return { name, unit: "req", ...measured };
    },
    serverArgs,
  );
}

export function tokenPkce(
  plan: Plan,
  engineFactory: () => Promise<Engine> = lowdbEngine,
): Promise<CaseResult> {
  return withGatehouse(plan, engineFactory, 0, async (server) => {
    const codes = await mintCodes(server.url, plan.credentials + plan.warmUp, "mobile");
    const measured = await loadTokenEndpoint(await server.settled(), plan, codes, (code) => ({
      grant_type: "authorization_code",
      code,
      ...MOBILE,
      code_verifier: VERIFIER,
    }));
    return { name: "token: authorization_code, PKCE", unit: "req", ...measured };
  });
}

export function tokenRefresh(
  plan: Plan,
  name = tokenCaseName.refresh,
  engineFactory: () => Promise<Engine> = lowdbEngine,
): Promise<CaseResult> {
  return withGatehouse(plan, engineFactory, 0, async (server) => {
    const tokens = await mintRefreshTokens(server.url, plan.credentials + plan.warmUp);
    const measured = await loadTokenEndpoint(await server.settled(), plan, tokens, refreshForm);
    return { name, unit: "req", ...measured };
  });
}

export function bearerCheck(plan: Plan): Promise<CaseResult> {
  return withGatehouse(plan, lowdbEngine, 0, async (server) => {
    const [code = ""] = await mintCodes(server.url, 1, "notes");
    const { access_token } = await redeemCode(server.url, code);
    const measured = await load({
      url: `${server.url}/api/2.0/people/@self`,
      cpuSeconds: server.cpuSeconds,
      headers: { authorization: `Bearer ${access_token}` },
      connections: plan.connections,
      durationSeconds: plan.seconds,
      warmUp: plan.warmUp,
      expectedStatus: 200,
    });
    return { name: "bearer check: GET /api/2.0/people/@self", unit: "req", ...measured };
  });
}

export const WHOLE_FLOW_CASE = "whole flow: authorize → sign in → consent → token";

/** Whole flows, `flowConcurrency` at a time, for the plan's duration; one result per flow. */
export function wholeFlows(plan: Plan): Promise<CaseResult> {
  return withGatehouse(plan, lowdbEngine, 0, async ({ url, cpuSeconds }) => {
    const latencies: number[] = [];
    let errors = 0;
    const cpuBefore = await cpuSeconds();
    const started = performance.now();
    const deadline = started + plan.seconds * 1000;
    await Promise.all(
      Array.from({ length: plan.flowConcurrency }, async (_, flow) => {
        while (performance.now() < deadline) {
          try {
            latencies.push(await wholeFlow(url, flowPerson(flow)));
          } catch {
            errors += 1; // counted and reported in the table
          }
        }
      }),
    );
    const measured = summarize(latencies, errors, (performance.now() - started) / 1000);
    const cpuAfter = await cpuSeconds();
    const cpu =
      cpuBefore === null || cpuAfter === null || latencies.length === 0
        ? {}
        : { cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / latencies.length };
    return { name: WHOLE_FLOW_CASE, unit: "flow", ...measured, ...cpu };
  });
}
