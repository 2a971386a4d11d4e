import autocannon from "autocannon";

/** What one case measured: throughput, latency percentiles from per-response float timings, errors. */
export interface Measurement {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  /** The server's CPU milliseconds (every thread, all processes) per counted response, flow or verification; absent when not measured. */
  cpuMsPerRequest?: number;
}

export function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export function summarize(latencies: number[], errors: number, seconds: number): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    requests: latencies.length,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    errors,
  };
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Stop after this long… */
  durationSeconds: number;
  /** …or after this many requests, whichever comes first (each may need a fresh code). */
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A fixed body, or one built per request (a fresh code, a fresh refresh token). */
  body?: string | (() => string);
  expectedStatus: number;
  /** Requests sent first and not measured (taken from the start of a per-request body sequence). */
  warmUp?: number;
  /** The server's CPU seconds so far: read before and after the measurement, for CPU per request. */
  cpuSeconds?: () => Promise<number | null>;
}

/**
 * Runs autocannon on 127.0.0.1 and records each response's latency as a float (autocannon's own
 * histogram rounds to whole milliseconds). A response with another status counts as an error.
 */
export async function load(options: LoadOptions): Promise<Measurement> {
  if (options.warmUp) {
    await run({ ...options, amount: options.warmUp, durationSeconds: 1 });
  }
  return run(options);
}

async function run(options: LoadOptions): Promise<Measurement> {
  const latencies: number[] = [];
  let errors = 0;
  const cpuBefore = (await options.cpuSeconds?.()) ?? null;
  const started = performance.now();
  const { body } = options;
  let finish: (result: autocannon.Result) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const done = new Promise<autocannon.Result>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const instance = autocannon(
    {
      url: options.url,
      connections: options.connections,
      duration: options.durationSeconds,
      ...(options.amount === undefined ? {} : { amount: options.amount }),
      method: options.method ?? "GET",
      headers: options.headers ?? {},
      ...(typeof body === "function"
        ? { requests: [{ setupRequest: (request: autocannon.Request) => ({ ...request, body: body() }) }] }
        : body === undefined
          ? {}
          : { body }),
    },
    (error, result) => (error ? fail(error) : finish(result)),
  );
  // Throughput runs to the last response: autocannon notices a finished `amount` only at its next tick.
  let lastResponseAt = started;
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    lastResponseAt = performance.now();
    if (statusCode === options.expectedStatus) latencies.push(responseTime);
    else errors += 1;
  });
  const result = await done;
  const seconds = (lastResponseAt - started) / 1000;
  const measured = summarize(latencies, errors + result.errors + result.timeouts, seconds);
  const cpuAfter = (await options.cpuSeconds?.()) ?? null;
  if (cpuBefore === null || cpuAfter === null || latencies.length === 0) return measured;
  return { ...measured, cpuMsPerRequest: ((cpuAfter - cpuBefore) * 1000) / latencies.length };
}
