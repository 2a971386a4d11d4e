import type { Logger } from "pino";
import type { Config } from "./config.ts";
import type { Clock } from "./domain/clock.ts";
import type { KeyRing } from "./domain/keys.ts";
import type { Throttle } from "./domain/throttle.ts";
import type { CookieJar } from "./http/cookies.ts";
import type { Store } from "./store/types.ts";

/** What varies between a run and a test, passed down from `createApp` to every route. */
export interface Deps {
  config: Config;
  store: Store;
  clock: Clock;
  keys: KeyRing;
  logger: Logger;
  throttles: {
    /** Sign-in failures per email and per client address (contract §6). */
    signIn: { account: Throttle; address: Throttle };
    /** Client authentication failures at the token, revocation and introspection endpoints. */
    clientAuthentication: Throttle;
  };
  cookies: CookieJar;
}
