import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { listIncidentCorrections } from "./correction-queries";

// Cached for public pages; every incident or claim write invalidates both tags.
export async function getIncidentCorrections(incidentId: string) {
  "use cache";
  cacheTag(CACHE_TAGS.incidents, CACHE_TAGS.claims);
  cacheLife("record");
  return listIncidentCorrections(getDb(), incidentId);
}
