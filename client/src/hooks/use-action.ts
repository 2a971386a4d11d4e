import { useRef, useState } from "react";
import { type ApiError, toApiError } from "../api/http.ts";
import { generalFailure } from "./action-failures.ts";
import { type Translate, useT } from "./use-intl.ts";

export interface ActionOptions<Args extends unknown[]> {
  /**
   * What the person reads when the call fails. A string is said unless the failure is one every page words
   * alike (`generalFailure`); a function decides alone, and answers null when the caller shows it elsewhere.
   */
  failure: string | ((error: ApiError, ...args: Args) => string | null);
  /** After a failure: empty a password, point at a field. */
  onFailure?: (error: ApiError, ...args: Args) => void;
}

export interface Action<Args extends unknown[]> {
  /** Starts the call; while one is under way another is ignored, so a double click sends one request. */
  run: (...args: Args) => Promise<void>;
  pending: boolean;
  /** The arguments of the call under way: which of several buttons started it. */
  running: Args | null;
  failure: string | null;
  /** Forgets the last failure, when something else on the page starts. */
  reset: () => void;
}

function describe<Args extends unknown[]>(
  t: Translate,
  failure: ActionOptions<Args>["failure"],
  error: ApiError,
  args: Args,
): string | null {
  return typeof failure === "string" ? (generalFailure(t, error) ?? failure) : failure(error, ...args);
}

/** One call to the API with its pending state and its failure, as every page button needs them. */
export function useAction<Args extends unknown[]>(
  call: (...args: Args) => Promise<unknown>,
  options: ActionOptions<Args>,
): Action<Args> {
  const t = useT();
  const [running, setRunning] = useState<Args | null>(null);
  // The failure itself, worded at each render: a language chosen after it turns its sentence too.
  const [failed, setFailed] = useState<{ error: ApiError; args: Args } | null>(null);
  // A ref, not state: two clicks in one frame both see the state of the render before them.
  const busy = useRef(false);

  async function run(...args: Args): Promise<void> {
    if (busy.current) return;
    busy.current = true;
    setRunning(args);
    setFailed(null);
    try {
      await call(...args);
    } catch (cause) {
      const error = await toApiError(cause);
      setFailed({ error, args });
      options.onFailure?.(error, ...args);
    } finally {
      busy.current = false;
      setRunning(null);
    }
  }

  const failure = failed ? describe(t, options.failure, failed.error, failed.args) : null;
  return { run, pending: running !== null, running, failure, reset: () => setFailed(null) };
}
