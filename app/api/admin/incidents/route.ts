import { readJsonBody, writeResponse } from "@/lib/admin/admin-api";
import { expireTags } from "@/lib/admin/revalidate";
import { getViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { createIncident } from "@/lib/incidents/incident-writes";

/** POST /api/admin/incidents — same input as the incident form (lib/incidents/incident-input.ts). */
export async function POST(req: Request): Promise<Response> {
  const viewer = await getViewer();
  const body = await readJsonBody(req);
  if (!body.ok) return body.response;
  return writeResponse(() => createIncident(getDb(), viewer, body.body), { created: true, onSuccess: (r) => expireTags(r.tags) });
}
