import { useEffect, useRef } from "react";

/**
 * When `step` changes, focus moves to the first heading of the region the ref is put on: a new step
 * replaces the content, and keyboard and screen reader users must follow it (WCAG 2.2 §2.4.3).
 * `heading` names which headings count, for a region inside a page that already has its `h1`. A step that
 * focuses one of its own fields as it appears keeps that focus.
 */
export function useFocusOnStep<Region extends HTMLElement>(step: string | number, heading = "h1") {
  const region = useRef<Region>(null);
  const shown = useRef<string | number | null>(null);

  useEffect(() => {
    const focused = document.activeElement;
    // The new step already put the keyboard in its first field (sign-in's Email): that is where it should be.
    const placed = focused?.matches("input, select, textarea") && region.current?.contains(focused);
    if (shown.current !== null && shown.current !== step && !placed) {
      region.current?.querySelector<HTMLElement>(heading)?.focus();
    }
    shown.current = step;
  }, [step, heading]);

  return region;
}
