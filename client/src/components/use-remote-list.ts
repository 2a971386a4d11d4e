import { useCallback, useEffect, useState } from "react";
import { type ApiError, toApiError } from "../api/http.ts";

export type RemoteList<Item> =
  | { kind: "loading" }
  | { kind: "ready"; items: Item[] }
  | { kind: "failed"; error: ApiError };

/**
 * A list loaded from the API when the page mounts: `retry` loads it again after a failure, and
 * `update` changes the loaded items in place (a row saved or removed) without a reload.
 * `fetchList` must be stable: a module-level API function.
 */
export function useRemoteList<Item>(fetchList: () => Promise<Item[]>) {
  const [view, setView] = useState<RemoteList<Item>>({ kind: "loading" });

  const load = useCallback(async () => {
    try {
      setView({ kind: "ready", items: await fetchList() });
    } catch (cause) {
      setView({ kind: "failed", error: await toApiError(cause) });
    }
  }, [fetchList]);

  useEffect(() => {
    void load();
  }, [load]);

  const retry = useCallback(() => {
    setView({ kind: "loading" });
    void load();
  }, [load]);

  const update = useCallback((change: (items: Item[]) => Item[]) => {
    setView((current) =>
      current.kind === "ready" ? { kind: "ready", items: change(current.items) } : current,
    );
  }, []);

  return { view, retry, update };
}
