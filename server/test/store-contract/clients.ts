import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ClientRecord, Store } from "../../src/store/types.ts";
import { byId, client, NOW } from "./records.ts";

/** The contract of `store.clients` (see `describeStoreContract`). */
export function describeClientsContract(openFreshStore: () => Promise<Store>): void {
  describe("clients", () => {
    let store: Store;
    beforeEach(async () => {
      store = await openFreshStore();
    });
    afterEach(async () => {
      await store.close();
    });

    it("keeps every field as it was given", async () => {
      const confidential = client();
      const pub = client({
        public: true,
        secret_hash: null,
        enabled: false,
        scopes: [],
        allowed_origins: [],
        allow_other_portals: true,
      });
      await store.clients.insert(confidential);
      await store.clients.insert(pub);
      expect(await store.clients.get(confidential.client_id)).toEqual(confidential);
      expect(await store.clients.get(pub.client_id)).toEqual(pub);
      const read = await store.clients.get(confidential.client_id);
      expect(typeof read?.created_at).toBe("number");
      expect(await store.clients.get(randomUUID())).toBeNull();
    });

    it("lists a portal's clients", async () => {
      const a = client();
      const b = client();
      const other = client({ portal_id: "globex" });
      for (const each of [a, b, other]) await store.clients.insert(each);
      const acme = await store.clients.listByPortal("acme");
      expect(acme.sort(byId("client_id"))).toEqual([a, b].sort(byId("client_id")));
      expect(await store.clients.listByPortal("initech")).toEqual([]);
    });

    it("says whether an enabled client allows an origin", async () => {
      await store.clients.insert(client({ allowed_origins: ["https://a.example", "http://localhost:5175"] }));
      await store.clients.insert(client({ allowed_origins: ["https://off.example"], enabled: false }));
      expect(await store.clients.isAllowedOrigin("https://a.example")).toBe(true);
      expect(await store.clients.isAllowedOrigin("http://localhost:5175")).toBe(true);
      expect(await store.clients.isAllowedOrigin("https://off.example")).toBe(false);
      expect(await store.clients.isAllowedOrigin("https://A.example")).toBe(false);
      expect(await store.clients.isAllowedOrigin("https://b.example")).toBe(false);
    });

    it("updates and deletes a client", async () => {
      const notes = client();
      await store.clients.insert(notes);
      const changed: ClientRecord = {
        ...notes,
        name: "Notes 2",
        logo: { media_type: "image/svg+xml", data_base64: "PHN2Zy8+" },
        redirect_uris: ["https://notes.example.com/cb2"],
        allowed_origins: ["https://new.example"],
        enabled: false,
        secret_hash: null,
        updated_at: NOW + 1,
      };
      await store.clients.update(changed);
      expect(await store.clients.get(notes.client_id)).toEqual(changed);
      expect(await store.clients.isAllowedOrigin("https://new.example")).toBe(false);
      await store.clients.delete(notes.client_id);
      expect(await store.clients.get(notes.client_id)).toBeNull();
      expect(await store.clients.listByPortal("acme")).toEqual([]);
      await store.clients.delete(notes.client_id);
    });

    it("returns copies of its lists and logo", async () => {
      const notes = client();
      await store.clients.insert(notes);
      notes.redirect_uris.push("https://evil.example/cb");
      const read = await store.clients.get(notes.client_id);
      read?.scopes.push("files:write");
      if (read) read.logo.data_base64 = "changed";
      const stored = await store.clients.get(notes.client_id);
      expect(stored?.redirect_uris).toEqual([
        "https://notes.example.com/callback",
        "http://localhost:5175/callback",
      ]);
      expect(stored?.scopes).toEqual(["openid", "files:read"]);
      expect(stored?.logo.data_base64).toBe("iVBORw0KGgo=");
    });
  });
}
