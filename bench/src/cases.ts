import { MOBILE, mintCodes, mintRefreshTokens, NOTES, redeemCode, VERIFIER, wholeFlow } from "./flows.ts";
import {
  type Engine,
  flowPerson,
  lowdbEngine,
  prepareStore,
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
}

export interface CaseResult extends Measurement {
  name: string;
  unit: "req" | "flow";
}

const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** Requests run before each measurement and not counted: the server's JIT and caches warm up. */
export const WARM_UP = 1_000;

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
function loadTokenEndpoint(
  url: string,
  plan: Plan,
  values: string[],
  toForm: (value: string) => Record<string, string>,
) {
  return load({
    url: `${url}/oauth2/token`,
    method: "POST",
    headers: FORM,
    connections: plan.connections,
    durationSeconds: plan.seconds,
    amount: plan.credentials,
    warmUp: WARM_UP,
    body: oneEach(values, (value) => new URLSearchParams(toForm(value)).toString()),
    expectedStatus: 200,
  });
}

export async function bareNode(plan: Plan): Promise<CaseResult> {
  const server = await startBareNode();
  try {
    const measured = await load({
      url: server.url,
      connections: plan.connections,
      durationSeconds: plan.seconds,
      warmUp: WARM_UP,
      expectedStatus: 200,
    });
    return { name: "bare node:http (ceiling)", unit: "req", ...measured };
  } finally {
    await server.stop();
  }
}

/** Runs `measure` against a fresh Gatehouse on a fresh store holding `grants` extra grants. */
async function withGatehouse<T>(
  engineFactory: () => Promise<Engine>,
  grants: number,
  measure: (url: string) => Promise<T>,
  serverArgs: string[] = [],
): Promise<T> {
  const engine = await engineFactory();
  try {
    await prepareStore(engine, grants);
    const server = await startGatehouse(engine, {}, serverArgs);
    try {
      return await measure(server.url);
    } finally {
      await server.stop();
    }
  } finally {
    await engine.cleanup();
  }
}

export function tokenAuthorizationCode(
  plan: Plan,
  name: string,
  grants: number,
  engineFactory: () => Promise<Engine> = lowdbEngine,
  serverArgs: string[] = [],
): Promise<CaseResult> {
  return withGatehouse(
    engineFactory,
    grants,
    async (url) => {
      const codes = await mintCodes(url, plan.credentials + WARM_UP, "notes");
      const measured = await loadTokenEndpoint(url, plan, codes, (code) => ({
        grant_type: "authorization_code",
        code,
        ...NOTES,
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
  return withGatehouse(engineFactory, 0, async (url) => {
    const codes = await mintCodes(url, plan.credentials + WARM_UP, "mobile");
    const measured = await loadTokenEndpoint(url, plan, codes, (code) => ({
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
  name = "token: refresh_token rotation",
  engineFactory: () => Promise<Engine> = lowdbEngine,
): Promise<CaseResult> {
  return withGatehouse(engineFactory, 0, async (url) => {
    const tokens = await mintRefreshTokens(url, plan.credentials + WARM_UP);
    const measured = await loadTokenEndpoint(url, plan, tokens, (token) => ({
      grant_type: "refresh_token",
      refresh_token: token,
      client_id: NOTES.client_id,
      client_secret: NOTES.client_secret,
    }));
    return { name, unit: "req", ...measured };
  });
}

export function bearerCheck(plan: Plan): Promise<CaseResult> {
  return withGatehouse(lowdbEngine, 0, async (url) => {
    const [code = ""] = await mintCodes(url, 1, "notes");
    const { access_token } = await redeemCode(url, code);
    const measured = await load({
      url: `${url}/api/2.0/people/@self`,
      headers: { authorization: `Bearer ${access_token}` },
      connections: plan.connections,
      durationSeconds: plan.seconds,
      warmUp: WARM_UP,
      expectedStatus: 200,
    });
    return { name: "bearer check: GET /api/2.0/people/@self", unit: "req", ...measured };
  });
}

/** Whole flows, `flowConcurrency` at a time, for the plan's duration; one result per flow. */
export function wholeFlows(plan: Plan): Promise<CaseResult> {
  return withGatehouse(lowdbEngine, 0, async (url) => {
    const latencies: number[] = [];
    let errors = 0;
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
    return { name: "whole flow: authorize → sign in → consent → token", unit: "flow", ...measured };
  });
}
