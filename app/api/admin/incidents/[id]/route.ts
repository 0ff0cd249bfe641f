import { readJsonBody, writeResponse } from "@/lib/admin/admin-api";
import { expireTags } from "@/lib/admin/revalidate";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { updateIncident } from "@/lib/incidents/incident-writes";

/** PATCH /api/admin/incidents/{id} — the full incident input plus the `version` it was read at. */
export async function PATCH(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await getViewer();
  const { id } = await ctx.params;
  const body = await readJsonBody(req);
  if (!body.ok) return body.response;
  return writeResponse(() => updateIncident(getDb(), viewer, id, body.body), { onSuccess: (r) => expireTags(r.tags) });
}
