import type { Store } from "../store/types.ts";
import type { Metrics } from "./metrics.ts";

type Observe = (operation: string, outcome: "ok" | "error", seconds: number) => void;

/** Times each call of `fn`, a promise-returning store operation, settled either way. */
function timed(operation: string, fn: (...args: unknown[]) => unknown, observe: Observe) {
  return async function timedOperation(...args: unknown[]): Promise<unknown> {
    const started = process.hrtime.bigint();
    const elapsed = () => Number(process.hrtime.bigint() - started) / 1e9;
    try {
      const result = await fn(...args);
      observe(operation, "ok", elapsed());
      return result;
    } catch (error) {
      observe(operation, "error", elapsed());
      throw error;
    }
  };
}

/** A copy of `repository` whose every function is timed under `name.function`. */
function instrumentRepository<R extends object>(name: string, repository: R, observe: Observe): R {
  const copy = { ...repository };
  for (const key of Object.keys(copy)) {
    const value: unknown = Reflect.get(copy, key);
    if (typeof value === "function") {
      Reflect.set(copy, key, timed(`${name}.${key}`, value.bind(repository), observe));
    }
  }
  return copy;
}

/**
 * The same store, with each operation of each repository timed into
 * `gatehouse_store_operation_duration_seconds` (docs/operations.md#metrics). Generic: a repository
 * added later is timed without a line here.
 */
export function instrumentStore(store: Store, metrics: Pick<Metrics, "storeDuration">): Store {
  const observe: Observe = (operation, outcome, seconds) =>
    metrics.storeDuration.observe({ operation, outcome }, seconds);
  const instrumented = { ...store };
  for (const key of Object.keys(instrumented)) {
    const value: unknown = Reflect.get(instrumented, key);
    if (typeof value === "object" && value !== null) {
      Reflect.set(instrumented, key, instrumentRepository(key, value, observe));
    }
  }
  return instrumented;
}
