import { expect } from "vitest";
import type { ClientRecord, Store } from "../src/store/types.ts";
import { client } from "./store-contract/records.ts";

/** An app as the versions before allow_other_portals (N74) and the ID token algorithm (006) stored it. */
export type EarlierClient = Omit<ClientRecord, "allow_other_portals" | "id_token_signed_response_alg">;

export function earlierClient(): EarlierClient {
  const { allow_other_portals: _added, id_token_signed_response_alg: _later, ...earlier } = client();
  return earlier;
}

/** `store` reads `earlier` back as private to its portal, signing ID tokens with ES256 as it always had (docs/api.md#portals-of-an-app), then closes. */
export async function expectReadAsPrivate(store: Store, earlier: EarlierClient): Promise<void> {
  try {
    expect(await store.clients.get(earlier.client_id)).toEqual({
      ...earlier,
      allow_other_portals: false,
      id_token_signed_response_alg: "ES256",
    });
  } finally {
    await store.close();
  }
}
