// Cache tags, named in one place. Every cached read tags itself with what it depends on; every
// write (seed, admin, refresh) invalidates the tags of what it changed.
export const CACHE_TAGS = {
  incidents: "incidents",
  claims: "claims",
  mediation: "mediation",
  counts: "period-counts",
  refresh: "refresh-runs",
  /** Data releases (lib/releases): expired when one is cut. */
  releases: "releases",
} as const;

export type CacheTag = (typeof CACHE_TAGS)[keyof typeof CACHE_TAGS];
