/** Milliseconds since the epoch; passed in so tests can freeze or advance time instead of sleeping. */
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** Unix seconds, the unit every stored time and JWT claim uses. */
export const epochSeconds = (clock: Clock): number => Math.floor(clock() / 1000);
