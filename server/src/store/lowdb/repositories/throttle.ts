import type { ThrottleRepository } from "../../throttle.ts";
import type { Lowdb } from "../tables.ts";

// Atomic: the read and its change happen in one turn of the event loop, before the first await.
export const lowdbThrottle = ({ tables: { throttle }, commit }: Lowdb): ThrottleRepository => ({
  failures: async (key, since) => (throttle.peek(key) ?? []).filter((at) => at >= since),
  recordFailure: (key, at, since) =>
    commit([throttle.put(key, [...(throttle.peek(key) ?? []).filter((time) => time >= since), at])]),
  reset: async (key) => {
    if (!throttle.has(key)) return;
    await commit([throttle.remove(key)]);
  },
});
