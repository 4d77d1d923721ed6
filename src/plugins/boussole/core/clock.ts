/** Where the plugin reads the time: the system clock in production, a controllable one in tests. */
export interface Clock {
  now: () => Date
}

export const systemClock: Clock = { now: () => new Date() }

/** A clock that only moves when told to (tests of delays, reminders and retention). */
export class ManualClock implements Clock {
  private current: Date

  constructor(start: Date | string) {
    this.current = new Date(start)
  }

  now = (): Date => new Date(this.current)

  set(to: Date | string): void {
    this.current = new Date(to)
  }

  advance({ days = 0, hours = 0, minutes = 0 }: { days?: number; hours?: number; minutes?: number }): Date {
    this.current = new Date(this.current.getTime() + ((days * 24 + hours) * 60 + minutes) * 60_000)
    return this.now()
  }
}
