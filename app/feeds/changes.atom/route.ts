import { serveFeed } from "@/lib/syndication/serve-feed";

// The record's latest changes as an Atom feed, filtered like the pages (?province=, ?track=,
// ?kind=). Logic: lib/syndication/.
export function GET(request: Request): Promise<Response> {
  return serveFeed(request, "atom");
}
