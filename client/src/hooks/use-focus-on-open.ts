import { useEffect, useRef } from "react";

/**
 * Put the ref on a settings page's `h1` (with `tabIndex={-1}`): when the page opens, the keyboard and the screen
 * reader start at its heading instead of staying on the link that opened it, which the router just removed
 * (WCAG 2.2 §2.4.3). Only on opening: later changes on the page keep their own focus.
 */
export function useFocusOnOpen<Heading extends HTMLElement = HTMLHeadingElement>() {
  const heading = useRef<Heading>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return heading;
}
