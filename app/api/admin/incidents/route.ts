import { adminApiWrite } from "@/lib/actions/admin-api";
import { getDb } from "@/lib/db";
import { createIncident } from "@/lib/incidents/incident-writes";

/** POST /api/admin/incidents — same input as the incident form (lib/incidents/incident-input.ts). */
export async function POST(req: Request): Promise<Response> {
  return adminApiWrite(req, "EDITOR", (viewer, body) => createIncident(getDb(), viewer, body), { created: true });
}
