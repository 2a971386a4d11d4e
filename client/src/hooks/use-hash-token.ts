import { oneTimeTokenSchema } from "@gatehouse/shared/schemas/common";
import { useEffect, useState } from "react";
import { useLocation, useNavigate } from "react-router-dom";

/**
 * The one-time token a setup, invitation or reset link carries in its fragment, which browsers never send
 * (docs/security.md#one-time-links). It is taken off the address bar at once, so it stays out of the history,
 * bookmarks and screenshots, and travels only in request bodies. Null when the link carries none that fits.
 */
export function useHashToken(): string | null {
  const location = useLocation();
  const navigate = useNavigate();
  const [token] = useState(() => {
    const parsed = oneTimeTokenSchema.safeParse(location.hash.replace(/^#/, ""));
    return parsed.success ? parsed.data : null;
  });

  useEffect(() => {
    // navigate({ replace }) is history.replaceState, with the router kept in step.
    if (location.hash !== "")
      navigate({ pathname: location.pathname, search: location.search }, { replace: true });
  }, [location.hash, location.pathname, location.search, navigate]);

  return token;
}
