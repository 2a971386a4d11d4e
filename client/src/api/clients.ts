import {
  type Client,
  type ClientSettingsInput,
  type ClientUpdateInput,
  type CreatedClient,
  clientListSchema,
  clientSchema,
  clientSecretAnswerSchema,
  createdClientSchema,
} from "@gatehouse/shared";
import { http, itemPath, send, sendWithoutAnswer } from "./http.ts";

const clientPath = (clientId: string) => itemPath("api/clients", clientId);

/** `GET /api/clients`: the current portal's apps; 403 `forbidden` unless the person is an owner or admin. */
export function listClients(): Promise<Client[]> {
  return send(clientListSchema, () => http.get("api/clients"));
}

/** `GET /api/clients/:client_id` */
export function getClient(clientId: string): Promise<Client> {
  return send(clientSchema, () => http.get(clientPath(clientId)));
}

/** `POST /api/clients`: the answer carries the secret this once; a PKCE-only app has none (docs/api.md#clients). */
export function createClient(body: ClientSettingsInput): Promise<CreatedClient> {
  return send(createdClientSchema, () => http.post("api/clients", { json: body }));
}

/** `PUT /api/clients/:client_id`: leaving out `logo` keeps the current icon. */
export function updateClient(clientId: string, body: ClientUpdateInput): Promise<Client> {
  return send(clientSchema, () => http.put(clientPath(clientId), { json: body }));
}

/** `PATCH /api/clients/:client_id`: a disabled app is unknown everywhere, and disabling revokes its grants. */
export function setClientEnabled(clientId: string, enabled: boolean): Promise<Client> {
  return send(clientSchema, () => http.patch(clientPath(clientId), { json: { enabled } }));
}

/** `POST /api/clients/:client_id/secret`: the old secret stops working at once. */
export async function regenerateClientSecret(clientId: string): Promise<string> {
  const answer = await send(clientSecretAnswerSchema, () => http.post(`${clientPath(clientId)}/secret`));
  return answer.client_secret;
}

/** `DELETE /api/clients/:client_id`: its grants and tokens are revoked. */
export function deleteClient(clientId: string): Promise<void> {
  return sendWithoutAnswer(() => http.delete(clientPath(clientId)));
}
