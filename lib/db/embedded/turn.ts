// PGlite is one PostgreSQL session. Connections therefore take turns on it: a turn lasts from a
// connection's first message until its response cycle ends outside a transaction, and the
// connections waiting meanwhile are served first come, first served.

export class TurnClosedError extends Error {
  constructor() {
    super("the embedded database is stopping");
  }
}

type Waiter = { owner: object; grant: () => void; refuse: (err: Error) => void };

export class SessionTurn {
  private holder: object | null = null;
  private waiters: Waiter[] = [];
  private closed = false;

  holds(owner: object): boolean {
    return this.holder === owner;
  }

  get waiting(): number {
    return this.waiters.length;
  }

  /** Resolves once `owner` holds the turn (at once if it already does). */
  acquire(owner: object): Promise<void> {
    if (this.holder === owner) return Promise.resolve();
    if (this.closed) return Promise.reject(new TurnClosedError());
    if (this.holder === null) {
      this.holder = owner;
      return Promise.resolve();
    }
    return new Promise((grant, refuse) => this.waiters.push({ owner, grant, refuse }));
  }

  /** Hands the turn to the longest-waiting connection. */
  release(owner: object): void {
    if (this.holder !== owner) return;
    const next = this.waiters.shift();
    this.holder = next?.owner ?? null;
    next?.grant();
  }

  /** A connection that went away stops waiting; if it holds the turn it keeps it to clean up. */
  stopWaiting(owner: object): void {
    for (const w of this.waiters.filter((w) => w.owner === owner)) w.refuse(new TurnClosedError());
    this.waiters = this.waiters.filter((w) => w.owner !== owner);
  }

  /** Stopping: nobody gets a new turn; the holder finishes what PGlite is executing. */
  close(): void {
    this.closed = true;
    for (const w of this.waiters) w.refuse(new TurnClosedError());
    this.waiters = [];
  }
}
