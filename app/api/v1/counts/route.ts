import { countsResponse } from "@/lib/api/counts-api";
import { serve } from "@/lib/api/serve";

// Period counts published by independent counters and others, one row per figure, never summed;
// JSON or CSV. Logic: lib/api/counts-api.ts.
export function GET(request: Request): Promise<Response> {
  return serve((reader, ctx) => countsResponse(reader, request.url, ctx));
}
