import { useParams } from "react-router-dom";
import { InteractionSteps } from "../features/interaction/interaction-steps.tsx";

/**
 * `/interaction/:id`: the server's step machine decides the page (docs/api.md#authorization-endpoint); after every action the
 * interaction is fetched again and its new step shown.
 */
export function InteractionPage() {
  const { id = "" } = useParams();
  return <InteractionSteps id={id} />;
}
