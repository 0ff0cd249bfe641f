import { readJsonBody, writeResponse } from "@/lib/admin/admin-api";
import { expireTags } from "@/lib/admin/revalidate";
import { getViewer } from "@/lib/auth/viewer";
import { createClaim } from "@/lib/claims/claim-writes";
import { getDb } from "@/lib/db";

/** POST /api/admin/claims — same input as the claim form (lib/claims/claim-input.ts). */
export async function POST(req: Request): Promise<Response> {
  const viewer = await getViewer();
  const body = await readJsonBody(req);
  if (!body.ok) return body.response;
  return writeResponse(() => createClaim(getDb(), viewer, body.body), { created: true, onSuccess: (r) => expireTags(r.tags) });
}
