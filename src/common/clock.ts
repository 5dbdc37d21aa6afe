/** Where "now" comes from: the system clock in production, a clock the tests move. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
