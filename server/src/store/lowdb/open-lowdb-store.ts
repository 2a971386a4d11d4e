import type { Store } from "../store.ts";
import { lockDataDir } from "./data-dir-lock.ts";
import { type Disk, openDisk } from "./disk.ts";
import { makeDataDirPrivate } from "./private-files.ts";
import { lowdbAudit } from "./repositories/audit.ts";
import { lowdbClients } from "./repositories/clients.ts";
import { lowdbCodes } from "./repositories/codes.ts";
import { lowdbGrants } from "./repositories/grants.ts";
import { lowdbInteractions } from "./repositories/interactions.ts";
import { lowdbKeys } from "./repositories/keys.ts";
import { lowdbOneTimeTokens } from "./repositories/one-time-tokens.ts";
import { lowdbPasskeys } from "./repositories/passkeys.ts";
import { lowdbPendingSignIns } from "./repositories/pending-sign-ins.ts";
import { lowdbPortals } from "./repositories/portals.ts";
import { lowdbSecondFactors } from "./repositories/second-factors.ts";
import { lowdbSessions } from "./repositories/sessions.ts";
import { lowdbThrottle } from "./repositories/throttle.ts";
import { lowdbTokens } from "./repositories/tokens.ts";
import { lowdbUsers } from "./repositories/users.ts";
import { lowdbWebauthnChallenges } from "./repositories/webauthn-challenges.ts";
import { createMemory, type Lowdb } from "./tables.ts";

export interface LowdbOptions {
  /** The time used to prune long-expired records at compaction. */
  clock?: () => number;
}

/**
 * The embedded engine, for one process: everything lives in memory, and on disk in `dataDir` (see
 * `disk.ts`), which it locks against a second process. Each operation changes memory synchronously
 * — atomic within this process — and resolves only once its change is on disk.
 */
export async function openLowdbStore(dataDir: string, options: LowdbOptions = {}): Promise<Store> {
  await makeDataDirPrivate(dataDir);
  const lock = await lockDataDir(dataDir);
  const memory = createMemory();
  let disk: Disk;
  try {
    disk = await openDisk(dataDir, memory, options.clock ?? Date.now);
  } catch (error) {
    await lock.release();
    throw error;
  }
  const db: Lowdb = { ...memory, commit: disk.commit };
  const { tables } = memory;

  /** The tail of the `exclusively` queue: one process owns the files, so a promise chain suffices. */
  let exclusiveTail: Promise<unknown> = Promise.resolve();

  return {
    portals: lowdbPortals(db),
    users: lowdbUsers(db),
    clients: lowdbClients(db),
    sessions: lowdbSessions(db),
    interactions: lowdbInteractions(db),
    codes: lowdbCodes(db),
    grants: lowdbGrants(db),
    tokens: lowdbTokens(db),
    keys: lowdbKeys(db),
    throttle: lowdbThrottle(db),
    audit: lowdbAudit(db),
    oneTimeTokens: lowdbOneTimeTokens(db),
    passkeys: lowdbPasskeys(db),
    webauthnChallenges: lowdbWebauthnChallenges(db),
    secondFactors: lowdbSecondFactors(db),
    pendingSignIns: lowdbPendingSignIns(db),
    countRecords: async () => ({
      portals: tables.portals.size,
      users: tables.users.size,
      clients: tables.clients.size,
      sessions: tables.sessions.size,
      interactions: tables.interactions.size,
      codes: tables.codes.size,
      grants: tables.grants.size,
      token_families: tables.families.size,
      refresh_tokens: tables.refresh_tokens.size,
      access_tokens: tables.access_tokens.size,
      signing_keys: tables.keys.size,
      throttle_windows: tables.throttle.size,
      one_time_tokens: tables.one_time_tokens.size,
      passkeys: tables.passkeys.size,
      webauthn_challenges: tables.webauthn_challenges.size,
      totp_authenticators: tables.totp.size,
      pending_sign_ins: tables.pending_sign_ins.size,
    }),
    isEmpty: async () => tables.portals.size === 0 && tables.users.size === 0 && tables.clients.size === 0,
    exclusively: (task) => {
      const run = exclusiveTail.then(task, task);
      exclusiveTail = run.catch(() => undefined); // the caller gets the failure through `run`; the queue goes on
      return run;
    },
    close: async () => {
      try {
        await disk.close();
      } finally {
        await lock.release();
      }
    },
  };
}
