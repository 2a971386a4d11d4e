import { CATALOGUES, describeError, type Messages } from "@gatehouse/shared";
import { ErrorNotice } from "../../components/error-notice.tsx";
import { LoadingStatus } from "../../components/loading-status.tsx";
import { useFocusOnStep } from "../../hooks/use-focus-on-step.ts";
import { type Translate, useT } from "../../hooks/use-intl.ts";
import { useLocaleStore } from "../../stores/locale.ts";
import { ConsentStep } from "./consent-step.tsx";
import { PortalStep } from "./portal-step.tsx";
import { SignInStep } from "./sign-in-step.tsx";
import { type InteractionView, useInteraction } from "./use-interaction.ts";

/** The card of `/interaction/:id`: one step at a time, the keyboard following each new one. */
export function InteractionSteps({ id }: { id: string }) {
  const t = useT();
  const locale = useLocaleStore((state) => state.locale);
  const { view, reload } = useInteraction(id);
  const region = useFocusOnStep<HTMLDivElement>(view.kind === "ready" ? view.interaction.step : view.kind);
  return <div ref={region}>{renderStep(view, reload, t, CATALOGUES[locale])}</div>;
}

function renderStep(view: InteractionView, reload: () => Promise<void>, t: Translate, messages: Messages) {
  switch (view.kind) {
    case "loading":
      return <LoadingStatus />;
    case "leaving":
      return <LoadingStatus label={t("signIn.returning")} />;
    case "failed": {
      // The catalogue's words only, once: the server's description is for developers (docs/pages.md#error).
      const gone = view.error.status === 404 || view.error.status === 410;
      const { code, message } = describeError(view.error.code, messages);
      return gone ? (
        <ErrorNotice code={code} message={t("error.expiredRequest")} />
      ) : (
        <ErrorNotice code={code} message={message} advice={t("error.advice")} />
      );
    }
    case "ready": {
      const { interaction } = view;
      switch (interaction.step) {
        case "login":
          return <SignInStep interaction={interaction} onProgress={reload} />;
        case "second_factor":
          return <SignInStep interaction={interaction} resumed onProgress={reload} />;
        case "portal":
          return <PortalStep interaction={interaction} onProgress={reload} />;
        case "consent":
          return <ConsentStep interaction={interaction} onProgress={reload} />;
        case "done":
          return <LoadingStatus label={t("signIn.returning")} />;
      }
    }
  }
}
