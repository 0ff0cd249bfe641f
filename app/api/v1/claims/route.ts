import { claimsResponse } from "@/lib/api/claims-api";
import { serve } from "@/lib/api/serve";

// Claims in one scope (incident, episode or period); JSON or CSV. Logic: lib/api/claims-api.ts.
export function GET(request: Request): Promise<Response> {
  return serve((reader, ctx) => claimsResponse(reader, request.url, ctx));
}
