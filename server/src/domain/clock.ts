/** Milliseconds since the epoch; passed in so tests can freeze or advance time instead of sleeping. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** Unix seconds of an instant in milliseconds: the unit of JWT claims and of stored times not named `_ms`. */
export const secondsOf = (ms: number): number => Math.floor(ms / 1000);

/** Unix seconds, now. */
export const epochSeconds = (clock: Clock): number => secondsOf(clock());
