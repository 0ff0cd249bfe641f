import { mediationResponse } from "@/lib/api/mediation-api";
import { serve } from "@/lib/api/serve";

// Mediation tracks, their events and ceasefires; CSV gives the events. Logic: lib/api/mediation-api.ts.
export function GET(request: Request): Promise<Response> {
  return serve((reader, ctx) => mediationResponse(reader, request.url, ctx));
}
