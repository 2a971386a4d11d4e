import { failureText } from "../../hooks/action-failures.ts";

/** What a person reads when accepting fails; a dead link (410) gets its own page instead. */
export const acceptFailure = failureText("The invitation could not be accepted. Try again.", [410]);
