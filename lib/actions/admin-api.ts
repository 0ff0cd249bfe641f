import "server-only";
// The admin JSON API's door and responses, for the same writes the forms use.
// Order matters: the session and the role are checked BEFORE the body is read, and the body is
// read with a size cap, so an anonymous caller cannot make the server buffer a 100 MB upload.
// Then: 400 with field errors, 404 for an unknown record, 409 with the conflict, 201/200 on success.
// Never cached.
import { AccessDenied, type Viewer } from "../access/authorize";
import type { Role } from "../db/generated/client";
import { requireActionViewer } from "./authorized-action";
import { expireTags } from "../expire-tags";
import type { WriteResult } from "../writes/write-result";

/** The largest record body the admin API reads (an incident with many citations is ~20 KB). */
export const ADMIN_API_MAX_BODY_BYTES = 256 * 1024;

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

const denied = (err: AccessDenied) =>
  json(err.status, { error: err.status === 401 ? "unauthenticated" : "forbidden", message: err.message });

type BodyResult = { ok: true; body: unknown } | { ok: false; response: Response };

const tooLarge = (): BodyResult => ({
  ok: false,
  response: json(413, {
    error: "payload_too_large",
    message: `The request body is larger than ${ADMIN_API_MAX_BODY_BYTES} bytes.`,
  }),
});

/** Reads the stream up to `maxBytes`; stops (and cancels the upload) as soon as it is exceeded. */
async function readCapped(req: Request, maxBytes: number): Promise<string | null> {
  if (!req.body) return "";
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/** True when any string (key or value) in parsed JSON holds a NUL, which PostgreSQL text cannot. */
function containsNul(value: unknown): boolean {
  if (typeof value === "string") return value.includes("\u0000");
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === "object")
    return Object.entries(value).some(([k, v]) => k.includes("\u0000") || containsNul(v));
  return false;
}

/** The request body as JSON (at most `maxBytes`), or the 4xx response that explains why not. */
export async function readJsonBody(req: Request, maxBytes = ADMIN_API_MAX_BODY_BYTES): Promise<BodyResult> {
  if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? "")) {
    return {
      ok: false,
      response: json(415, { error: "unsupported_media_type", message: "Send the record as application/json." }),
    };
  }
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge();
  const text = await readCapped(req, maxBytes);
  if (text === null) return tooLarge();
  let body: unknown;
  try {
    // JSON.parse defines "__proto__" as an own property, so a hostile key cannot reach a prototype.
    body = JSON.parse(text);
  } catch {
    return {
      ok: false,
      response: json(400, { error: "invalid_json", message: "The request body is not valid JSON." }),
    };
  }
  if (containsNul(body))
    return {
      ok: false,
      response: json(400, { error: "invalid_text", message: "Text fields cannot contain NUL characters." }),
    };
  return { ok: true, body };
}

/** Runs a write and maps its result (or an AccessDenied) to a response; `onSuccess` invalidates caches. */
export async function writeResponse(
  run: () => Promise<WriteResult>,
  opts: { created?: boolean; onSuccess?: (r: Extract<WriteResult, { ok: true }>) => void } = {},
): Promise<Response> {
  let r: WriteResult;
  try {
    r = await run();
  } catch (err) {
    if (err instanceof AccessDenied) return denied(err);
    throw err;
  }
  if (r.ok) {
    opts.onSuccess?.(r);
    return json(opts.created ? 201 : 200, { id: r.id, version: r.version });
  }
  switch (r.kind) {
    case "conflict":
      return json(409, { error: "conflict", message: r.formError, conflict: r.conflict });
    case "not-found":
      return json(404, { error: "not_found", message: r.formError });
    case "invalid":
      return json(400, { error: "invalid", message: r.formError, fieldErrors: r.fieldErrors });
  }
}

/**
 * One admin API write: role first (401/403 without reading the body), then the capped JSON body,
 * then the write; on success the cache tags the write names are expired.
 */
export async function adminApiWrite(
  req: Request,
  atLeast: Role,
  write: (viewer: Viewer, body: unknown) => Promise<WriteResult>,
  opts: { created?: boolean } = {},
): Promise<Response> {
  let viewer: Viewer;
  try {
    viewer = await requireActionViewer(atLeast);
  } catch (err) {
    if (err instanceof AccessDenied) return denied(err);
    throw err;
  }
  const body = await readJsonBody(req);
  if (!body.ok) return body.response;
  return writeResponse(() => write(viewer, body.body), { created: opts.created, onSuccess: (r) => expireTags(r.tags) });
}
