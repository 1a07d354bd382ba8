/** The one source of "now" for domain code, so tests can move time. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** Real time shifted to start at a given instant (end-to-end tests out of hours). */
export class ShiftedClock extends Clock {
  private readonly offset: number;
  constructor(start: Date) {
    super();
    this.offset = start.getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}

/** A clock tests set and advance by hand. */
export class ManualClock extends Clock {
  private current: number;
  constructor(start: Date | string) {
    super();
    this.current = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date | string): void {
    this.current = new Date(at).getTime();
  }
  advanceMinutes(minutes: number): void {
    this.current += minutes * 60_000;
  }
}
