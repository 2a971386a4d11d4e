import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, toApiError } from "../api/http.ts";

export type Remote<Value> =
  | { kind: "loading" }
  | { kind: "ready"; value: Value }
  | { kind: "failed"; error: ApiError };

/**
 * Something loaded from the API when the page mounts: `retry` loads it again after a failure, and
 * `update` changes the loaded value in place (a row saved or removed) without a reload.
 * `fetchValue` must be stable: a module-level API function, or one memoised on its arguments.
 */
export function useRemote<Value>(fetchValue: () => Promise<Value>) {
  const [view, setView] = useState<Remote<Value>>({ kind: "loading" });
  // Only the newest answer counts: a slow answer for an earlier address must not replace it.
  const latest = useRef(0);

  const load = useCallback(async () => {
    const ticket = ++latest.current;
    let next: Remote<Value>;
    try {
      next = { kind: "ready", value: await fetchValue() };
    } catch (cause) {
      next = { kind: "failed", error: await toApiError(cause) };
    }
    if (ticket === latest.current) setView(next);
  }, [fetchValue]);

  useEffect(() => {
    void load();
    return () => {
      latest.current++;
    };
  }, [load]);

  const retry = useCallback(() => {
    setView({ kind: "loading" });
    void load();
  }, [load]);

  const update = useCallback((change: (value: Value) => Value) => {
    setView((current) =>
      current.kind === "ready" ? { kind: "ready", value: change(current.value) } : current,
    );
  }, []);

  return { view, retry, update };
}
