// The sources a fresh installation starts with. `ensureDefaultSources` only adds missing slugs:
// an admin's changes to a row (URL, enabled, config) are never undone. Kept with the feed settings
// rather than the refresh job that calls it at the start of every run: these are the FeedSource
// rows admins then edit, their credential names must pass credentials.ts like an admin's, and the
// job only asks for them to exist.
import type { FeedKind, Prisma } from "../db/generated/client";
import type { DbTx } from "../db/create-client";

export type DefaultSource = {
  slug: string;
  name: string;
  kind: FeedKind;
  url: string;
  credentialEnv?: string;
  autoPublish?: boolean;
  enabled?: boolean;
  config?: Prisma.InputJsonValue;
};

// UCDP versions: GED "26.1" is the yearly release (events up to the end of 2025); the Candidate
// dataset ("26.0.N", monthly) covers the current year. Bump the version in the row's URL when
// UCDP publishes a new release: within a dataset the event id stays the key, so a re-ingest
// updates incidents in place (a Candidate event id is not guaranteed to be its final GED id).
export const DEFAULT_SOURCES: DefaultSource[] = [
  {
    slug: "ucdp-ged",
    name: "UCDP Georeferenced Event Dataset (GED)",
    kind: "UCDP",
    url: "https://ucdpapi.pcr.uu.se/api/gedevents/26.1",
    credentialEnv: "UCDP_API_TOKEN",
    autoPublish: true,
  },
  {
    slug: "ucdp-candidate",
    name: "UCDP Candidate Events (monthly, preliminary)",
    kind: "UCDP",
    url: "https://ucdpapi.pcr.uu.se/api/gedevents/26.0.10",
    credentialEnv: "UCDP_API_TOKEN",
  },
  { slug: "rss-dawn", name: "Dawn — Pakistan", kind: "RSS", url: "https://www.dawn.com/feeds/pakistan" },
  {
    slug: "rss-tribune",
    name: "The Express Tribune — Pakistan",
    kind: "RSS",
    url: "https://tribune.com.pk/feed/pakistan",
  },
  { slug: "rss-tolonews", name: "TOLOnews — Afghanistan", kind: "RSS", url: "https://tolonews.com/rss.xml" },
  { slug: "rss-pajhwok", name: "Pajhwok Afghan News", kind: "RSS", url: "https://pajhwok.com/feed/" },
  {
    // ReliefWeb requires a pre-approved appname (config.appname); without it the API answers 403.
    slug: "reliefweb",
    name: "ReliefWeb reports (Pakistan, Afghanistan)",
    kind: "RELIEFWEB",
    url: "https://api.reliefweb.int/v2/reports",
    config: { appname: "frontier-monitor" },
  },
  {
    slug: "acled",
    name: "ACLED (internal comparison only)",
    kind: "ACLED",
    url: "https://api.acleddata.com/acled/read",
    credentialEnv: "ACLED_API_KEY",
  },
];

/** Inserts the default sources whose slug is missing; returns the slugs it added. */
export async function ensureDefaultSources(db: DbTx): Promise<string[]> {
  const have = new Set((await db.feedSource.findMany({ select: { slug: true } })).map((s) => s.slug));
  const missing = DEFAULT_SOURCES.filter((s) => !have.has(s.slug));
  if (missing.length) {
    await db.feedSource.createMany({
      data: missing.map((s) => ({
        slug: s.slug,
        name: s.name,
        kind: s.kind,
        url: s.url,
        credentialEnv: s.credentialEnv ?? null,
        autoPublish: s.autoPublish ?? false,
        enabled: s.enabled ?? true,
        config: s.config,
      })),
      skipDuplicates: true,
    });
  }
  return missing.map((s) => s.slug);
}
