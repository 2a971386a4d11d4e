import { useCallback, useEffect, useState } from "react";
import { type ApiError, toApiError } from "../../api/http.ts";
import { getSession } from "../../api/session.ts";
import { useSessionStore } from "../../stores/session.ts";

export type SessionCheck = { kind: "loading" } | { kind: "known" } | { kind: "failed"; error: ApiError };

/** Asks the server who is signed in, once on mount and again on `retry`; a 401 means nobody is. */
export function useSessionCheck() {
  const signedIn = useSessionStore((state) => state.signedIn);
  const signedOut = useSessionStore((state) => state.signedOut);
  const [check, setCheck] = useState<SessionCheck>({ kind: "loading" });

  const retry = useCallback(async () => {
    setCheck({ kind: "loading" });
    try {
      signedIn(await getSession());
      setCheck({ kind: "known" });
    } catch (cause) {
      const error = await toApiError(cause);
      if (error.status === 401) {
        signedOut();
        setCheck({ kind: "known" });
      } else {
        setCheck({ kind: "failed", error });
      }
    }
  }, [signedIn, signedOut]);

  useEffect(() => {
    void retry();
  }, [retry]);

  return { check, retry };
}
