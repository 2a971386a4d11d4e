import type { Interaction } from "@gatehouse/shared";
import { useCallback, useEffect, useRef, useState } from "react";
import { useParams } from "react-router-dom";
import { type ApiError, toApiError } from "../api/http.ts";
import { getInteraction } from "../api/interactions.ts";
import { ErrorNotice } from "../components/error-notice.tsx";
import { LoadingStatus } from "../components/loading-status.tsx";
import { followRedirect } from "../navigation.ts";
import { ChoosePortalPage } from "./choose-portal.tsx";
import { ConsentPage } from "./consent.tsx";
import { SignInPage } from "./sign-in.tsx";

type View =
  | { kind: "loading" }
  | { kind: "ready"; interaction: Interaction }
  | { kind: "leaving" }
  | { kind: "failed"; error: ApiError };

const EXPIRED =
  "This sign-in request has expired or is not known here. Return to the application and start again.";

/**
 * `/interaction/:id`: the server's step machine decides the page (contract §5); after every action the
 * interaction is fetched again and its new step shown.
 */
export function InteractionPage() {
  const { id = "" } = useParams();
  const [view, setView] = useState<View>({ kind: "loading" });
  const latest = useRef(0);
  const region = useRef<HTMLDivElement>(null);
  const shownStep = useRef<string | null>(null);

  const load = useCallback(async () => {
    // Only the newest answer counts: a slow earlier one must not replace the step that followed it.
    const ticket = ++latest.current;
    let next: View;
    try {
      const interaction = await getInteraction(id);
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
    void load();
  }, [load]);

  const step = view.kind === "ready" ? view.interaction.step : view.kind;
  useEffect(() => {
    // A new step replaces the whole card: move focus to its heading so keyboard and screen reader users follow.
    if (shownStep.current !== null && shownStep.current !== step) {
      region.current?.querySelector<HTMLElement>("h1")?.focus();
    }
    shownStep.current = step;
  }, [step]);

  return <div ref={region}>{render(view, load)}</div>;
}

function render(view: View, reload: () => Promise<void>) {
  switch (view.kind) {
    case "loading":
      return <LoadingStatus />;
    case "leaving":
      return <LoadingStatus label="Returning to the application…" />;
    case "failed":
      return (
        <ErrorNotice
          code={view.error.code}
          description={view.error.description}
          message={view.error.status === 404 || view.error.status === 410 ? EXPIRED : undefined}
        />
      );
    case "ready": {
      const { interaction } = view;
      switch (interaction.step) {
        case "login":
          return <SignInPage interaction={interaction} onProgress={reload} />;
        case "portal":
          return <ChoosePortalPage interaction={interaction} onProgress={reload} />;
        case "consent":
          return <ConsentPage interaction={interaction} onProgress={reload} />;
        case "done":
          return <LoadingStatus label="Returning to the application…" />;
      }
    }
  }
}
