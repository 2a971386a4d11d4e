import type { Config } from "../config.ts";
import { openLowdbStore } from "./lowdb/open-lowdb-store.ts";
import { openPostgresStore } from "./postgres/open-postgres-store.ts";
import type { Store } from "./store.ts";

/** Opens the engine the configuration names; nothing above this file knows which one runs. */
export async function openStore(config: Config): Promise<Store> {
  switch (config.store) {
    case "lowdb":
      return openLowdbStore(config.dataDir);
    case "postgres":
      if (!config.databaseUrl) throw new Error("STORE=postgres needs DATABASE_URL");
      return openPostgresStore(config.databaseUrl, { max: config.databasePoolSize });
  }
}
