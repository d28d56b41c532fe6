import { Injectable } from '@nestjs/common';

/**
 * The time source for everything time-dependent (sessions, lockouts, deadlines, reminders).
 * Inject it instead of calling `new Date()` / `Date.now()`, so tests can move time:
 * `app.get(Clock).set(new Date(…))` or `.advance(ms)` on the running app.
 * Provided by the global ClockModule: any feature can inject it without importing a module.
 */
@Injectable()
export class Clock {
  private offsetMs = 0;
  private frozenAt: Date | null = null;

  now(): Date {
    return this.frozenAt ? new Date(this.frozenAt) : new Date(Date.now() + this.offsetMs);
  }

  /** Tests: stop the clock at a given instant (it stays there until advanced or reset). */
  set(instant: Date): void {
    this.frozenAt = new Date(instant);
  }

  /** Tests: move the clock forward (or back with a negative value). */
  advance(ms: number): void {
    if (this.frozenAt) this.frozenAt = new Date(this.frozenAt.getTime() + ms);
    else this.offsetMs += ms;
  }

  /** Tests: back to real time. */
  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = null;
  }
}
