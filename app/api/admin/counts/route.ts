import { adminApiWrite } from "@/lib/actions/admin-api";
import { createPeriodCount } from "@/lib/counts/count-writes";
import { getDb } from "@/lib/db";

/** POST /api/admin/counts — same input as the period-count form (lib/counts/count-input.ts). */
export async function POST(req: Request): Promise<Response> {
  return adminApiWrite(req, "EDITOR", (viewer, body) => createPeriodCount(getDb(), viewer, body), { created: true });
}
