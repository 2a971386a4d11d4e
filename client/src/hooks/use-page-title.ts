import { useEffect } from "react";

/** Names the tab after the page, so a person with many tabs (or a screen reader) knows where they are. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} – Gatehouse`;
  }, [title]);
}
