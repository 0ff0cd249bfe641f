import "server-only";
// "Now" for a cached page. Public pages are prerendered and kept until a write expires them
// (docs/caching.md), so the time they are measured against is part of the cached page too: read
// once per cache entry and renewed with the "record" profile (within minutes), instead of per
// request, which would make every page that shows a period or an age render for each reader.
import { cacheLife } from "next/cache";
import { today } from "./dates";

/** Today in UTC, as of the page's cache entry (at most a few minutes late after midnight). */
export async function cachedToday(): Promise<string> {
  "use cache";
  cacheLife("record");
  return today();
}

/** The current instant as ISO text, as of the page's cache entry; pages print it beside any age. */
export async function cachedNow(): Promise<string> {
  "use cache";
  cacheLife("record");
  return new Date().toISOString();
}
