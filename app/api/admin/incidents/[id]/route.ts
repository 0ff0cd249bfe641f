import { adminApiWrite } from "@/lib/actions/admin-api";
import { getDb } from "@/lib/db";
import { updateIncident } from "@/lib/incidents/incident-writes";

/** PATCH /api/admin/incidents/{id} — the full incident input plus the `version` it was read at. */
export async function PATCH(req: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  return adminApiWrite(req, "EDITOR", (viewer, body) => updateIncident(getDb(), viewer, id, body));
}
