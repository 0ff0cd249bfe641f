// One client connection of the embedded database's wire server. It authenticates the client
// itself, then relays the client's messages to the one PGlite session during its turn (see
// turn.ts), and leaves the session clean when it goes away.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Socket } from "node:net";
import type { PGlite } from "@electric-sql/pglite";
import {
  BackendTracker,
  CANCEL_REQUEST_CODE,
  GSSENC_REQUEST_CODE,
  SSL_REQUEST_CODE,
  SYNC,
  authenticationCleartextPassword,
  closeStatement,
  errorResponse,
  isProtocol3,
  namespaceNames,
  passwordOf,
  simpleQuery,
  takeMessage,
} from "./protocol";
import { SessionTurn, TurnClosedError } from "./turn";

export type ConnectionContext = {
  db: PGlite;
  turn: SessionTurn;
  password: string;
  /** How long a connection may hold the turn without sending anything while others wait. */
  holdTimeoutMs: number;
  log: (msg: string) => void;
};

const digest = (value: Buffer | string) => createHash("sha256").update(value).digest();
// A response cycle ends with ReadyForQuery after these (a Parse, Bind… alone never ends one).
const CYCLE_ENDERS = new Set(["startup", "Q", "S", "F"]);
let nextId = 1;

function startupParameter(startup: Buffer, key: string): string | undefined {
  const fields = startup.toString("utf8", 8).split("\0");
  for (let i = 0; i + 1 < fields.length; i += 2) if (fields[i] === key) return fields[i + 1];
  return undefined;
}

export class Connection {
  readonly id = nextId++;
  /** Settles once the connection is closed and has handed the session back clean. */
  readonly done: Promise<void>;
  private phase: "startup" | "password" | "ready" = "startup";
  private untypedFraming = true; // until the StartupMessage, messages carry no type byte
  private buffered: Buffer = Buffer.alloc(0);
  private chain: Promise<void> = Promise.resolve();
  private closed = false;
  private startup?: Buffer;
  private cycleOpen = false;
  private statements = new Set<string>(); // this connection's prepared statements, by PGlite name
  private holdTimer?: NodeJS.Timeout;
  private markDone!: () => void;

  constructor(
    private readonly socket: Socket,
    private readonly ctx: ConnectionContext,
    private readonly tooMany: boolean,
  ) {
    this.done = new Promise((resolve) => (this.markDone = resolve));
    socket.setNoDelay(true);
    socket.on("data", (data) => this.receive(data));
    socket.on("error", () => {}); // 'close' follows; a client resetting its connection is ordinary
    socket.on("close", () => this.onClose());
  }

  destroy(): void {
    this.socket.destroy();
  }

  private receive(data: Buffer): void {
    if (this.closed) return;
    clearTimeout(this.holdTimer);
    this.buffered = this.buffered.length ? Buffer.concat([this.buffered, data]) : data;
    for (;;) {
      const framed = takeMessage(this.buffered, this.untypedFraming);
      if (framed === "incomplete") return;
      if (framed === "invalid") return this.fatal("08P01", "invalid message length");
      this.buffered = framed.rest;
      const message = Buffer.from(framed.message); // a copy: `buffered` is reused
      if (this.untypedFraming && isProtocol3(message.readInt32BE(4))) this.untypedFraming = false;
      this.enqueue(() => this.handle(message));
    }
  }

  /** Messages are handled strictly one after another, in the order the client sent them. */
  private enqueue(step: () => Promise<void>): void {
    this.chain = this.chain.then(step).catch((err: unknown) => {
      if (!(err instanceof TurnClosedError))
        this.ctx.log(`connection ${this.id}: ${err instanceof Error ? err.message : String(err)}`);
      this.socket.destroy();
    });
  }

  private async handle(message: Buffer): Promise<void> {
    if (this.closed) return;
    if (this.phase === "startup") return this.handleStartup(message);
    const type = String.fromCharCode(message[0]!);
    if (this.phase === "password") return this.handlePassword(message, type);
    if (type === "X") {
      // Terminate; the cleanup runs on 'close'
      this.closed = true;
      return void this.socket.end();
    }
    await this.run(message, type);
  }

  private async handleStartup(message: Buffer): Promise<void> {
    const code = message.readInt32BE(4);
    // No TLS on loopback: 'N' tells the client to go on in plain text.
    if (code === SSL_REQUEST_CODE || code === GSSENC_REQUEST_CODE) return void this.socket.write("N");
    // PGlite has no backend process to interrupt; the protocol expects no answer, just the close.
    if (code === CANCEL_REQUEST_CODE) return void this.socket.destroy();
    if (!isProtocol3(code)) return this.fatal("0A000", `unsupported frontend protocol ${code >>> 16}.${code & 0xffff}`);
    if (this.tooMany) return this.fatal("53300", "sorry, too many clients already");
    this.startup = message;
    this.phase = "password";
    this.socket.write(authenticationCleartextPassword());
  }

  private async handlePassword(message: Buffer, type: string): Promise<void> {
    if (type !== "p") return this.fatal("08P01", "expected a password message");
    // Equal-length digests, so the comparison takes the same time whatever the guess.
    if (!timingSafeEqual(digest(passwordOf(message)), digest(this.ctx.password))) {
      const user = startupParameter(this.startup!, "user") ?? "";
      return this.fatal("28P01", `password authentication failed for user "${user}"`);
    }
    this.phase = "ready";
    // PGlite answers the StartupMessage with AuthenticationOk, its parameters and ReadyForQuery.
    await this.run(this.startup!, "startup");
  }

  private async run(message: Buffer, type: string): Promise<void> {
    await this.ctx.turn.acquire(this);
    if (this.closed) return; // gone while waiting: onClose's cleanup releases the turn
    let toSend = message;
    if (type !== "startup") {
      const named = namespaceNames(message, `c${this.id}.`);
      toSend = named.message;
      if (named.prepared) this.statements.add(named.prepared);
      if (named.closed) this.statements.delete(named.closed);
    }
    const last = await this.exec(toSend, (data) => {
      if (this.socket.writable) this.socket.write(Buffer.from(data)); // a copy: `data` views PGlite's memory
    });
    this.cycleOpen = !(CYCLE_ENDERS.has(type) && last === "Z");
    if (!this.cycleOpen && !this.ctx.db.isInTransaction()) this.ctx.turn.release(this);
    else this.armHoldTimer();
  }

  /** Runs one message on PGlite; returns the type of the last backend message it produced. */
  private async exec(message: Buffer, onData?: (data: Uint8Array) => void): Promise<string> {
    const tracker = new BackendTracker();
    const { db } = this.ctx;
    await db.runExclusive(() =>
      db.execProtocolRawStream(new Uint8Array(message), {
        onRawData: (data) => {
          tracker.feed(data);
          onData?.(data);
        },
      }),
    );
    return tracker.lastType;
  }

  // Like PostgreSQL's idle_in_transaction_session_timeout, but only when someone is waiting: a
  // client that opened a transaction and went quiet would otherwise stall every other connection.
  private armHoldTimer(): void {
    clearTimeout(this.holdTimer);
    this.holdTimer = setTimeout(() => {
      if (this.closed || !this.ctx.turn.holds(this)) return;
      if (this.ctx.turn.waiting === 0) return this.armHoldTimer();
      this.fatal(
        "25P03",
        `terminating connection: it held the embedded database for ${this.ctx.holdTimeoutMs} ms without a message while other connections waited`,
      );
    }, this.ctx.holdTimeoutMs);
    this.holdTimer.unref();
  }

  private fatal(sqlstate: string, message: string): void {
    if (this.socket.writable) this.socket.end(errorResponse("FATAL", sqlstate, message));
    this.closed = true;
  }

  private onClose(): void {
    this.closed = true;
    clearTimeout(this.holdTimer);
    this.ctx.turn.stopWaiting(this);
    this.enqueue(() => this.leaveSessionClean());
    void this.chain.then(this.markDone);
  }

  /** Ends what the connection left open on the shared session, so the next one starts clean. */
  private async leaveSessionClean(): Promise<void> {
    const { turn, db } = this.ctx;
    if (!turn.holds(this) && this.statements.size === 0) return;
    try {
      await turn.acquire(this);
      if (this.cycleOpen) await this.exec(SYNC); // ends an extended-protocol sequence (and its error state)
      if (db.isInTransaction()) await this.exec(simpleQuery("ROLLBACK"));
      if (this.statements.size) {
        for (const name of this.statements) await this.exec(closeStatement(name));
        await this.exec(SYNC);
      }
    } finally {
      turn.release(this);
    }
  }
}
