import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { cacheLife, cacheTag } from "next/cache";
import { CACHE_TAGS } from "@/lib/cache-tags";
import { getDb } from "@/lib/db";
import { siteUrl } from "@/lib/share/metadata";

const PAGES = ["/", "/attacks", "/casualties", "/mediation", "/counts", "/methodology"];

async function publishedIncidents() {
  "use cache";
  cacheTag(CACHE_TAGS.incidents);
  cacheLife("hours");
  const rows = await getDb().incident.findMany({
    where: { published: true },
    select: { id: true, updatedAt: true },
    orderBy: { occurredOn: "desc" },
  });
  return rows.map((r) => ({ id: r.id, updatedAt: r.updatedAt.toISOString() }));
}

// Every public page and every published incident. Built on request: the database is not there at build time.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const site = siteUrl();
  const incidents = await publishedIncidents();
  return [
    ...PAGES.map((p) => ({ url: `${site}${p}`, changeFrequency: "daily" as const })),
    ...incidents.map((i) => ({
      url: `${site}/incidents/${i.id}`,
      lastModified: i.updatedAt,
      changeFrequency: "weekly" as const,
    })),
  ];
}
