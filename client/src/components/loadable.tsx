import type { ReactNode } from "react";
import type { ApiError } from "../api/http.ts";
import { generalFailure } from "../hooks/action-failures.ts";
import { useT } from "../hooks/use-intl.ts";
import { Alert } from "./alert.tsx";
import { LoadFailure } from "./load-failure.tsx";
import { LoadingStatus } from "./loading-status.tsx";

/** Anything loaded from the API: on its way, failed, or ready with whatever the ready state carries. */
export type LoadView<Ready extends { kind: "ready" }> =
  | { kind: "loading" }
  | { kind: "failed"; error: ApiError }
  | Ready;

interface LoadableProps<Ready extends { kind: "ready" }> {
  /** What `useRemote` (or a hook like it) answers: the view, and how to load it again. */
  remote: { view: LoadView<Ready>; retry: () => void };
  /** What the polite live region says while loading ("Loading apps…"). */
  loading: string;
  /** Why it failed, unless it is a failure every page words alike (`generalFailure`). */
  failure: string;
  /** What a 403 says instead of "Try again": the list is for owners and admins. */
  forbidden?: ReactNode;
  children: (ready: Ready) => ReactNode;
}

/** A loaded list's three states, the same on every settings page: a spinner, a failure with "Try again", the list. */
export function Loadable<Ready extends { kind: "ready" }>({
  remote: { view, retry },
  loading,
  failure,
  forbidden,
  children,
}: LoadableProps<Ready>) {
  const t = useT();
  if (view.kind === "loading") return <LoadingStatus label={loading} />;
  if (view.kind === "failed") {
    if (forbidden !== undefined && view.error.status === 403) return <Alert>{forbidden}</Alert>;
    return <LoadFailure message={generalFailure(t, view.error) ?? failure} onRetry={retry} />;
  }
  return children(view);
}
