// Logging and error shapes the Prisma CLI understands.

/** One JSON log line on stderr, shaped like the native engine's tracing output. */
export function log(level, message, fields = {}, target = "schema_engine::shim") {
  process.stderr.write(
    `${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message, ...fields }, target })}\n`,
  );
}

function hostPort(url) {
  try {
    const u = new URL(url);
    return {
      host: u.hostname,
      port: u.port || "5432",
      db: decodeURIComponent(u.pathname.slice(1)) || "postgres",
      user: decodeURIComponent(u.username),
    };
  } catch {
    return { host: "?", port: "?", db: "?", user: "?" };
  }
}

/** Map a node-postgres connection error to the user-facing error code the native engine would use. */
export function connectionErrorToKnown(error, url) {
  const { host, port, db, user } = hostPort(url);
  const code = error?.code ?? error?.cause?.code;
  if (code === "3D000") {
    return {
      error_code: "P1003",
      message: `Database \`${db}\` does not exist on the database server at \`${host}:${port}\`.`,
    };
  }
  if (code === "28P01" || code === "28000") {
    return {
      error_code: "P1000",
      message: `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.`,
    };
  }
  if (code === "42P04") {
    return {
      error_code: "P1009",
      message: `Database \`${db}\` already exists on the database server at \`${host}:${port}\``,
    };
  }
  if (["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ETIMEDOUT", "ECONNRESET", "EAI_AGAIN"].includes(code)) {
    return {
      error_code: "P1001",
      message: `Can't reach database server at \`${host}:${port}\`\n\nPlease make sure your database server is running at \`${host}:${port}\`.`,
    };
  }
  return { error_code: undefined, message: String(error?.message ?? error) };
}

/**
 * JSON-RPC error object as the CLI parses it (SchemaEngine.runCommand):
 * data.is_panic → panic report; data.message (+ data.error_code) → user error.
 */
export function rpcError(error, { panicMessage } = {}) {
  if (panicMessage) {
    // For panics the CLI shows `error.message` (or data.error.message).
    return {
      code: 4466,
      message: panicMessage,
      data: { is_panic: true, message: panicMessage, backtrace: String(error?.stack ?? "") },
    };
  }
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: false,
      message: String(error?.message ?? error),
      ...(error?.code && /^P\d{4}$/.test(error.code) ? { error_code: error.code } : {}),
      ...(error?.meta ? { meta: error.meta } : {}),
    },
  };
}
