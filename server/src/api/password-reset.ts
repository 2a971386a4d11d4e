import { passwordResetConfirmSchema, passwordResetRequestSchema } from "@gatehouse/shared/schemas/account";
import { Router } from "express";
import type { Deps } from "../deps.ts";
import { confirmPasswordReset, mailResetLink } from "../domain/password-reset.ts";
import { parseWith } from "../http/parse.ts";
import { requestOrigin } from "./request-origin.ts";

/** `/api/password-reset`: "Forgot password?" and the link it mails (docs/api.md#password-reset). */
export function passwordResetRoutes(deps: Deps): Router {
  const router = Router();

  router.post("/", function requestReset(req, res) {
    const { email } = parseWith(passwordResetRequestSchema, req.body);
    const origin = requestOrigin(req);
    // Answered before any lookup: the same answer in the same time for known and unknown emails (N75).
    res.status(202).end();
    setImmediate(() => {
      mailResetLink(deps, email, origin).then(
        (withinLimits) => {
          // Without the email: a log line names nobody a stranger asked about.
          if (!withinLimits)
            deps.logger.warn(
              { address: origin.address },
              "a password reset request over its limits was dropped",
            );
        },
        (error: unknown) => {
          deps.logger.error({ err: error }, "the password reset mail failed");
        },
      );
    });
  });

  router.post("/confirm", async function setNewPassword(req, res) {
    const { token, new_password } = parseWith(passwordResetConfirmSchema, req.body);
    await confirmPasswordReset(deps, token, new_password, requestOrigin(req));
    res.status(204).end();
  });

  return router;
}
