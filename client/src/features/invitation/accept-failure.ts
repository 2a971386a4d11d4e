import { failureText } from "../../hooks/action-failures.ts";
import type { Translate } from "../../hooks/use-intl.ts";

/** What a person reads when accepting fails; a dead link (410) gets its own page instead. */
export const acceptFailure = (t: Translate) => failureText(t, t("people.invitation.acceptFailed"), [410]);
