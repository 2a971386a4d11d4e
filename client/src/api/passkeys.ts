import type { SessionAnswer } from "@gatehouse/shared";
import { sessionAnswerSchema } from "@gatehouse/shared";
import {
  type AuthenticationOptions,
  type AuthenticationResponse,
  authenticationOptionsSchema,
  type Passkey,
  passkeyListSchema,
  passkeySchema,
  type RegistrationOptions,
  type RegistrationResponse,
  registrationOptionsSchema,
} from "@gatehouse/shared/schemas/passkeys";
import { http, send, sendWithoutAnswer } from "./http.ts";

/** `GET /api/account/passkeys` (docs/api.md#passkeys): the person's own, oldest first. */
export function listPasskeys(): Promise<Passkey[]> {
  return send(passkeyListSchema, () => http.get("api/account/passkeys"));
}

/** `POST /api/account/passkeys/options`: what the browser's registration ceremony takes. */
export function passkeyRegistrationOptions(): Promise<RegistrationOptions> {
  return send(registrationOptionsSchema, () => http.post("api/account/passkeys/options"));
}

/** `POST /api/account/passkeys`: 201 the new passkey; 400 when the browser's answer does not verify. */
export function addPasskey(name: string, response: RegistrationResponse): Promise<Passkey> {
  return send(passkeySchema, () => http.post("api/account/passkeys", { json: { name, response } }));
}

/** `PATCH /api/account/passkeys/:id` */
export function renamePasskey(id: string, name: string): Promise<Passkey> {
  return send(passkeySchema, () =>
    http.patch(`api/account/passkeys/${encodeURIComponent(id)}`, { json: { name } }),
  );
}

/** `DELETE /api/account/passkeys/:id`: 401 `invalid_credentials` for a wrong password. */
export function removePasskey(id: string, currentPassword: string): Promise<void> {
  return sendWithoutAnswer(() =>
    http.delete(`api/account/passkeys/${encodeURIComponent(id)}`, {
      json: { current_password: currentPassword },
    }),
  );
}

/** `POST /api/session/passkey/options`: a sign-in by passkey alone begins (an attempt cookie is set). */
export function passkeySignInOptions(): Promise<AuthenticationOptions> {
  return send(authenticationOptionsSchema, () => http.post("api/session/passkey/options"));
}

/** `POST /api/session/second-factor/passkey/options`: the second step by passkey, this person's passkeys only. */
export function secondFactorPasskeyOptions(): Promise<AuthenticationOptions> {
  return send(authenticationOptionsSchema, () => http.post("api/session/second-factor/passkey/options"));
}

/** `POST /api/session/passkey`: signed in as with a password; 401 `invalid_credentials` for any failed assertion. */
export function signInWithPasskey(response: AuthenticationResponse): Promise<SessionAnswer> {
  return send(sessionAnswerSchema, () => http.post("api/session/passkey", { json: { response } }));
}
