import type { Clock } from '../../src/common/clock';

/** A clock the tests move: deadlines are tested by moving time, never by sleeping. */
export class ManualClock implements Clock {
  private current: Date;

  constructor(start: string | Date = new Date()) {
    this.current = new Date(start);
  }

  now(): Date {
    return new Date(this.current);
  }

  set(instant: string | Date): void {
    this.current = new Date(instant);
  }

  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}
