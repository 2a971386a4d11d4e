import { useEffect, useRef } from "react";

/**
 * When `step` changes, focus moves to the first heading of the region the ref is put on: a new step
 * replaces the content, and keyboard and screen reader users must follow it (WCAG 2.2 §2.4.3).
 * `heading` names which headings count, for a region inside a page that already has its `h1`.
 */
export function useFocusOnStep<Region extends HTMLElement>(step: string | number, heading = "h1") {
  const region = useRef<Region>(null);
  const shown = useRef<string | number | null>(null);

  useEffect(() => {
    if (shown.current !== null && shown.current !== step) {
      region.current?.querySelector<HTMLElement>(heading)?.focus();
    }
    shown.current = step;
  }, [step, heading]);

  return region;
}
