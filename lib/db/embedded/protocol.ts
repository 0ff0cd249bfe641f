// The few pieces of the PostgreSQL wire protocol (v3) the embedded database's server needs to see:
// message framing, the messages it answers itself (authentication, errors), and the names of
// prepared statements and portals, which it gives each connection a namespace of its own.
// https://www.postgresql.org/docs/current/protocol-message-formats.html

export const SSL_REQUEST_CODE = 80877103;
export const GSSENC_REQUEST_CODE = 80877104;
export const CANCEL_REQUEST_CODE = 80877102;
/** Protocol 3.x: the major version sits in the high 16 bits of the StartupMessage's code. */
export const isProtocol3 = (code: number) => code >>> 16 === 3;

// PostgreSQL refuses startup packets over 10 000 bytes and other messages over 1 GiB; a length
// beyond that is garbage, and answering it by buffering forever would be a memory leak.
const MAX_STARTUP_LENGTH = 10_000;
const MAX_MESSAGE_LENGTH = 0x3fff_ffff;

export type Framed = { message: Buffer; rest: Buffer } | "incomplete" | "invalid";

/** Cuts one complete message off the front of `buf`. Startup-phase messages have no type byte. */
export function takeMessage(buf: Buffer, untyped: boolean): Framed {
  const head = untyped ? 0 : 1;
  if (buf.length < head + 4) return "incomplete";
  const length = buf.readInt32BE(head);
  // Startup-phase messages carry at least a 4-byte code after the length.
  if (length < (untyped ? 8 : 4) || length > (untyped ? MAX_STARTUP_LENGTH : MAX_MESSAGE_LENGTH)) return "invalid";
  const total = head + length;
  if (buf.length < total) return "incomplete";
  return { message: buf.subarray(0, total), rest: buf.subarray(total) };
}

function typed(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(type, 0, "latin1");
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const cstring = (s: string) => Buffer.from(`${s}\0`, "utf8");

/** ErrorResponse; FATAL ones are followed by closing the connection, as PostgreSQL does. */
export function errorResponse(severity: "ERROR" | "FATAL", sqlstate: string, message: string): Buffer {
  const fields = [
    ["S", severity],
    ["V", severity],
    ["C", sqlstate],
    ["M", message],
  ].map(([code, value]) => Buffer.concat([Buffer.from(code!, "latin1"), cstring(value!)]));
  return typed("E", Buffer.concat([...fields, Buffer.from([0])]));
}

export function authenticationCleartextPassword(): Buffer {
  const body = Buffer.alloc(4);
  body.writeInt32BE(3);
  return typed("R", body);
}

export function simpleQuery(sql: string): Buffer {
  return typed("Q", cstring(sql));
}

export const SYNC = typed("S", Buffer.alloc(0));

export function closeStatement(name: string): Buffer {
  return typed("C", Buffer.concat([Buffer.from("S", "latin1"), cstring(name)]));
}

/** The password of a PasswordMessage ('p'), without its terminating NUL. */
export function passwordOf(message: Buffer): Buffer {
  return message.subarray(5, message[message.length - 1] === 0 ? message.length - 1 : message.length);
}

/**
 * Follows a stream of backend messages (which PGlite hands over in arbitrary chunks) just far
 * enough to know the type of the last complete one: a response cycle ends with ReadyForQuery.
 */
export class BackendTracker {
  lastType = "";
  private header = Buffer.alloc(5);
  private headerFill = 0;
  private bodyLeft = 0;

  feed(chunk: Uint8Array): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.bodyLeft > 0) {
        const step = Math.min(this.bodyLeft, chunk.length - i);
        this.bodyLeft -= step;
        i += step;
        continue;
      }
      this.header[this.headerFill++] = chunk[i++]!;
      if (this.headerFill === 5) {
        this.lastType = String.fromCharCode(this.header[0]!);
        this.bodyLeft = this.header.readInt32BE(1) - 4;
        this.headerFill = 0;
      }
    }
  }
}

/**
 * Rewrites the statement and portal names in Parse/Bind/Describe/Close/Execute so that every
 * connection has names of its own: all connections share one PGlite session, where two clients
 * preparing "s0" (tokio-postgres, JDBC, postgres.js all do) would collide, and a connection's
 * statements would outlive it. The unnamed statement and portal ("") stay as they are: they only
 * live until the next Parse/Bind, which happens within the same connection's turn.
 * Returns the message to send and the statement name it prepared or closed, if any.
 */
export function namespaceNames(
  message: Buffer,
  prefix: string,
): { message: Buffer; prepared?: string; closed?: string } {
  const type = String.fromCharCode(message[0]!);
  const body = message.subarray(5);
  const readName = (at: number) => {
    const end = body.indexOf(0, at);
    if (end < 0) throw new Error("malformed message: unterminated name");
    return { name: body.toString("utf8", at, end), next: end + 1 };
  };
  const ns = (name: string) => (name === "" ? "" : prefix + name);
  const rebuild = (parts: (string | Buffer)[]) =>
    typed(type, Buffer.concat(parts.map((p) => (typeof p === "string" ? cstring(p) : p))));

  switch (type) {
    case "P": {
      // Parse: statement name, query, parameter types
      const { name, next } = readName(0);
      return { message: rebuild([ns(name), body.subarray(next)]), prepared: name ? ns(name) : undefined };
    }
    case "B": {
      // Bind: portal name, statement name, the rest
      const portal = readName(0);
      const statement = readName(portal.next);
      return { message: rebuild([ns(portal.name), ns(statement.name), body.subarray(statement.next)]) };
    }
    case "E": {
      // Execute: portal name, row limit
      const { name, next } = readName(0);
      return { message: rebuild([ns(name), body.subarray(next)]) };
    }
    case "D":
    case "C": {
      // Describe / Close: 'S' or 'P', then the name
      const kind = body.subarray(0, 1);
      const { name, next } = readName(1);
      const closed = type === "C" && kind.toString("latin1") === "S" && name ? ns(name) : undefined;
      return { message: rebuild([kind, ns(name), body.subarray(next)]), closed };
    }
    default:
      return { message };
  }
}
