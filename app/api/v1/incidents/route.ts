import { incidentsResponse } from "@/lib/api/incidents-api";
import { serve } from "@/lib/api/serve";

// The record's incidents in Pakistan (not a national count), filtered, sorted and paged, with the
// record's coverage in meta; JSON or CSV. Logic: lib/api/incidents-api.ts.
export function GET(request: Request): Promise<Response> {
  return serve((reader, ctx) => incidentsResponse(reader, request.url, ctx));
}
