import type { DataSource } from 'typeorm';
import type { Clock } from '../common/clock';
import { log } from '../observability/logger';
import { observeSweep } from '../observability/metrics';

/** A sweep task: records what the deadlines passed by `now` call for; returns how many records it made. */
export type SweepTask = (now: Date) => Promise<number>;

/** Any fixed 64-bit key shared by every IRM instance: "IRM deadline sweep". */
const SWEEP_LOCK_KEY = '7133701809754865664';

/**
 * Finds passed deadlines "at once" (paragraph 28), not only when someone next touches a record:
 * every interval it runs the registered tasks. With several server instances on one database,
 * a PostgreSQL advisory lock lets one sweep at a time; the others skip that round. The lock is
 * a session lock held on a dedicated connection, because the tasks write in transactions of
 * their own (on embedded PostgreSQL, one session, the lock is shared and the tasks' unique
 * constraints keep each record single).
 */
export class DeadlineSweeper {
  private readonly tasks = new Map<string, SweepTask>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<Record<string, number> | null> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly intervalMs: number,
  ) {}

  register(name: string, task: SweepTask): void {
    if (this.tasks.has(name)) throw new Error(`Sweep task ${name} is already registered`);
    this.tasks.set(name, task);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (!this.running) void this.sweepNow().catch((e: unknown) => log.error({ err: e }, 'deadline sweep failed'));
    }, this.intervalMs);
    this.timer.unref();
  }

  /** Stops the timer and waits for a sweep in progress. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /**
   * One sweep now (the timer's, or a test's): the records made per task, or null when another
   * instance holds the lock. A task that fails is logged and does not stop the others.
   */
  sweepNow(): Promise<Record<string, number> | null> {
    const run = observeSweep(this.sweepLocked()).finally(() => {
      if (this.running === run) this.running = null;
    });
    this.running = run;
    return run;
  }

  private async sweepLocked(): Promise<Record<string, number> | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1::bigint) AS locked`, [SWEEP_LOCK_KEY])) as {
        locked: boolean;
      }[];
      if (!locked) return null;
      try {
        return await this.runTasks(this.clock.now());
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1::bigint)`, [SWEEP_LOCK_KEY]);
      }
    } finally {
      await runner.release();
    }
  }

  private async runTasks(now: Date): Promise<Record<string, number>> {
    const made: Record<string, number> = {};
    for (const [name, task] of this.tasks) {
      try {
        made[name] = await task(now);
      } catch (e) {
        log.error({ err: e, task: name }, 'deadline sweep task failed');
        made[name] = 0;
      }
    }
    return made;
  }
}
