import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { listCeasefires, listMediationTracks } from "./mediation-queries";
import { listStatements } from "./statement-queries";

export async function getMediationTracks() {
  "use cache";
  cacheTag(CACHE_TAGS.mediation);
  cacheLife("record");
  return listMediationTracks(getDb());
}

/** `asOf` (a day) is part of the key: durations of ceasefires in force grow by the day. */
export async function getCeasefires(asOf: string) {
  "use cache";
  cacheTag(CACHE_TAGS.mediation);
  cacheLife("record");
  return listCeasefires(getDb(), asOf);
}

export async function getStatements() {
  "use cache";
  cacheTag(CACHE_TAGS.mediation);
  cacheLife("record");
  return listStatements(getDb());
}
