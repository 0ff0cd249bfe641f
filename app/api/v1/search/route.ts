import { searchResponse } from "@/lib/api/search-api";
import { serve } from "@/lib/api/serve";
import { getSearchResults } from "@/lib/search/data";

// Full-text search over the public record: hits of every kind, best match first, 20 a page, each
// with its public page and a highlighted excerpt. Logic: lib/api/search-api.ts.
export function GET(request: Request): Promise<Response> {
  return serve((_reader, ctx) => searchResponse(getSearchResults, request.url, ctx));
}
