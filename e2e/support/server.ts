import {
  type RunningGatehouse,
  startGatehouse as start,
} from "@gatehouse/server/test-support/start-gatehouse";

export type { RunningGatehouse };

/** Gatehouse as shipped, its management port on a free port too, with `env` over that (e.g. `SEED: "none"`). */
export function startGatehouse(env: Record<string, string> = {}): Promise<RunningGatehouse> {
  return start("e2e", { MANAGEMENT_PORT: "0", ...env });
}
