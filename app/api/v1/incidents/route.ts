import { incidentsResponse } from "@/lib/api/incidents-api";
import { serve } from "@/lib/api/serve";

// Attacks in Pakistan, filtered, sorted and paged; JSON or CSV. Logic: lib/api/incidents-api.ts.
export function GET(request: Request): Promise<Response> {
  return serve((reader, ctx) => incidentsResponse(reader, request.url, ctx));
}
