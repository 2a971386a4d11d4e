import type { ThrottleRepository } from "../../throttle.ts";
import { pruneWhere } from "../prune-where.ts";
import type { Lowdb } from "../tables.ts";

// Atomic: the read and its change happen in one turn of the event loop, before the first await.
export const lowdbThrottle = ({ tables: { throttle }, commit }: Lowdb): ThrottleRepository => ({
  hit: async (key, at, since) => {
    const times = [...(throttle.peek(key) ?? []).filter((time) => time >= since), at];
    await commit([throttle.put(key, times)]);
    return times;
  },
  window: async (key, since) => (throttle.peek(key) ?? []).filter((at) => at >= since),
  windows: async (queries) =>
    queries.map(({ key, since }) => (throttle.peek(key) ?? []).filter((at) => at >= since)),
  forget: async (key, at) => {
    const times = throttle.peek(key) ?? [];
    const index = times.indexOf(at);
    if (index < 0) return;
    await commit([throttle.put(key, times.toSpliced(index, 1))]);
  },
  reset: async (key) => {
    if (!throttle.has(key)) return;
    await commit([throttle.remove(key)]);
  },
  prune: (since) => pruneWhere({ commit }, throttle, (times) => times.every((at) => at < since)),
});
