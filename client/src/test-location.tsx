import { useLocation } from "react-router-dom";

/** Shows where the router is, so a test can see a token leave the address. */
export function LocationProbe() {
  const location = useLocation();
  return <output aria-label="Address">{`${location.pathname}${location.search}${location.hash}`}</output>;
}
