import { adminApiWrite } from "@/lib/actions/admin-api";
import { createClaim } from "@/lib/claims/claim-writes";
import { getDb } from "@/lib/db";

/** POST /api/admin/claims — same input as the claim form (lib/claims/claim-input.ts). */
export async function POST(req: Request): Promise<Response> {
  return adminApiWrite(req, "EDITOR", (viewer, body) => createClaim(getDb(), viewer, body), { created: true });
}
