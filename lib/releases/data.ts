import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "../cache-tags";
import { getDb } from "../db";
import { getEnv } from "../env";
import { releaseCitation, releaseUrl } from "./release-names";
import { getReleaseFile, getReleaseIndex, latestReleaseName, listReleases } from "./release-queries";

// Cached reads of the stored releases for the pages and route handlers. A release never changes
// once cut, but the list, "latest" and whether a name exists do: everything here is tagged
// `releases`, which a cut inside the app expires (lib/releases/daily-release.ts). Arguments are
// plain strings: they form the cache key.

export async function getReleaseList() {
  "use cache";
  cacheTag(CACHE_TAGS.releases);
  cacheLife("record");
  return listReleases(getDb());
}

export async function getLatestReleaseName() {
  "use cache";
  cacheTag(CACHE_TAGS.releases);
  cacheLife("record");
  return latestReleaseName(getDb());
}

/** The latest release as the methodology page cites it; null before the first cut. */
export async function getLatestReleaseCitation() {
  "use cache";
  cacheTag(CACHE_TAGS.releases);
  cacheLife("record");
  const name = await latestReleaseName(getDb());
  if (!name) return null;
  const siteUrl = getEnv().SITE_URL;
  return { name, url: releaseUrl(siteUrl, name), citation: releaseCitation(siteUrl, name) };
}

export async function getCachedReleaseIndex(name: string) {
  "use cache";
  cacheTag(CACHE_TAGS.releases);
  cacheLife("record");
  return getReleaseIndex(getDb(), name);
}

export async function getCachedReleaseFile(name: string, file: string) {
  "use cache";
  cacheTag(CACHE_TAGS.releases);
  cacheLife("record");
  return getReleaseFile(getDb(), name, file);
}
