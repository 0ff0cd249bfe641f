import { serveFeed } from "@/lib/syndication/serve-feed";

// The record's latest changes as a JSON Feed 1.1, the same entries as changes.atom. Logic:
// lib/syndication/.
export function GET(request: Request): Promise<Response> {
  return serveFeed(request, "json");
}
