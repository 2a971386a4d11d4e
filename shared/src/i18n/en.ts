import type { ErrorCode } from "../errors.ts";

/** The English catalogue; every other locale will hold the same keys. */
export const en = {
  /** One sentence per error code: the error page shows these, never text from its address (docs/pages.md). */
  errors: {
    invalid_request: "The application sent a request Gatehouse cannot accept.",
    invalid_client: "The application is unknown to Gatehouse or has been disabled.",
    invalid_grant: "The sign-in could not be completed because its authorization is no longer valid.",
    unauthorized_client: "The application is not allowed to sign people in this way.",
    unsupported_grant_type: "The application asked for a kind of authorization Gatehouse does not offer.",
    invalid_scope: "The application asked for access that it is not registered for.",
    access_denied: "Access was denied.",
    unsupported_response_type: "The application asked for a kind of answer Gatehouse does not offer.",
    server_error: "Something went wrong on our side.",
    temporarily_unavailable: "Gatehouse is busy at the moment.",
    invalid_token: "The application's access is no longer valid.",
    insufficient_scope: "The application does not have the access this needs.",
    unsupported_token_type: "The application sent a kind of token Gatehouse does not handle.",
    login_required: "You need to sign in first.",
    consent_required: "You need to allow the application access first.",
    interaction_required: "This needs you to take part before it can go on.",
    account_selection_required: "You need to choose a portal first.",
    request_not_supported: "The application sent its request in a form Gatehouse does not accept.",
    request_uri_not_supported: "The application sent its request in a form Gatehouse does not accept.",
    invalid_redirect_uri: "The application's return address is not one registered for it.",
    invalid_credentials: "Incorrect email or password.",
    too_many_requests: "There have been too many attempts.",
    unauthenticated: "You need to sign in first.",
    forbidden: "You are not allowed to do this.",
    not_found: "This could not be found.",
    method_not_allowed: "This address does not accept that kind of request.",
    payload_too_large: "The request was too large.",
    unsupported_media_type: "The request was sent in a form Gatehouse does not read.",
    weak_password: "Choose a stronger password.",
    last_owner: "A portal needs at least one active owner.",
    expired: "This link was already used or has expired.",
    invalid_code: "That code is not right, or it was already used.",
    conflict: "This is already set up.",
  } satisfies Record<ErrorCode, string>,
  /** For a code the catalogue does not know. */
  unknownError: "The request could not be completed.",
  /** A sign-in request (an interaction) that has ended or was never here: said once, with what to do. */
  expiredRequest:
    "This sign-in request has expired or is not known here. Return to the application and start again.",
  /** What to do next, the same for every code: the app's own address was never verified (docs/api.md#authorization-endpoint). */
  errorAdvice: "Close this page and return to the application.",
};

export type Catalogue = typeof en;
