import { incidentResponse } from "@/lib/api/incident-api";
import { serve } from "@/lib/api/serve";

// One incident with its claims, perpetrators and citations. Logic: lib/api/incident-api.ts.
export function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  return serve(async (reader, ctx) => incidentResponse(reader, request.url, (await params).id, ctx));
}
