import { API_INDEX } from "@/lib/api/api-index";
import { CACHE_OK } from "@/lib/api/responses";

// The API's own description: endpoints, parameters and fields. Static, so prerendered at build.
export function GET(): Response {
  return Response.json(API_INDEX, { headers: { "Cache-Control": CACHE_OK } });
}
