import type { Interaction } from "@gatehouse/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { type ApiError, toApiError } from "../../api/http.ts";
import { getInteraction } from "../../api/interactions.ts";
import { followRedirect } from "../../navigation.ts";
import { useLocaleStore } from "../../stores/locale.ts";

export type InteractionView =
  | { kind: "loading" }
  | { kind: "ready"; interaction: Interaction }
  | { kind: "leaving" }
  | { kind: "failed"; error: ApiError };

/**
 * Where the journey stands: the server's step machine decides (docs/pages.md#interaction), and `reload` fetches the
 * interaction again after every action. A `done` step leaves for the `redirect_to` the server answered.
 */
export function useInteraction(id: string) {
  const [view, setView] = useState<InteractionView>({ kind: "loading" });
  const latest = useRef(0);

  const reload = useCallback(async () => {
    // Only the newest answer counts: a slow earlier one must not replace the step that followed it.
    const ticket = ++latest.current;
    let next: InteractionView;
    try {
      const interaction = await getInteraction(id);
      // The app's ui_locales, first supported tag, as the server recorded it (docs/pages.md#languages).
      if (interaction.ui_locales) useLocaleStore.getState().askedByApp(interaction.ui_locales);
      if (interaction.step !== "done") {
        next = { kind: "ready", interaction };
      } else if (interaction.redirect_to && followRedirect(interaction.redirect_to)) {
        next = { kind: "leaving" };
      } else {
        next = { kind: "failed", error: await toApiError(new Error("done without a usable redirect_to")) };
      }
    } catch (cause) {
      next = { kind: "failed", error: await toApiError(cause) };
    }
    if (ticket === latest.current) setView(next);
  }, [id]);

  useEffect(() => {
    setView({ kind: "loading" });
    void reload();
  }, [reload]);

  return { view, reload };
}
