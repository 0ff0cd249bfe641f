// The admin JSON API's responses for the same writes the forms use: 400 with field errors,
// 401/403 from AccessDenied, 404 for an unknown record, 409 with the conflict, 201/200 on success.
// Never cached.
import { AccessDenied } from "../auth/authorize";
import type { WriteResult } from "./write-result";

const json = (status: number, body: unknown) =>
  Response.json(body, { status, headers: { "cache-control": "no-store" } });

/** The request body as JSON, or a 400 response. */
export async function readJsonBody(req: Request): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? "")) {
    return { ok: false, response: json(415, { error: "unsupported_media_type", message: "Send the record as application/json." }) };
  }
  try {
    return { ok: true, body: await req.json() };
  } catch {
    return { ok: false, response: json(400, { error: "invalid_json", message: "The request body is not valid JSON." }) };
  }
}

/** Runs a write and maps its result (or an AccessDenied) to a response; `onSuccess` invalidates caches. */
export async function writeResponse(run: () => Promise<WriteResult>, opts: { created?: boolean; onSuccess?: (r: Extract<WriteResult, { ok: true }>) => void } = {}): Promise<Response> {
  let r: WriteResult;
  try {
    r = await run();
  } catch (err) {
    if (err instanceof AccessDenied) return json(err.status, { error: err.status === 401 ? "unauthenticated" : "forbidden", message: err.message });
    throw err;
  }
  if (r.ok) {
    opts.onSuccess?.(r);
    return json(opts.created ? 201 : 200, { id: r.id, version: r.version });
  }
  if (r.conflict) return json(409, { error: "conflict", message: r.formError, conflict: r.conflict });
  if (Object.keys(r.fieldErrors).length === 0 && /no longer exists/.test(r.formError ?? "")) return json(404, { error: "not_found", message: r.formError });
  return json(400, { error: "invalid", message: r.formError, fieldErrors: r.fieldErrors });
}
