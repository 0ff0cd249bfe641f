import type { MetadataRoute } from "next";
import { getPublishedIncidentIds } from "@/lib/incidents/data";
import { siteUrl } from "@/lib/share/metadata";

const PAGES = ["/", "/attacks", "/casualties", "/mediation", "/counts", "/methodology", "/search", "/data/releases"];

// Every public page and every published incident; kept until a write to the incidents expires it.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const site = siteUrl();
  const incidents = await getPublishedIncidentIds();
  return [
    ...PAGES.map((page) => ({ url: `${site}${page}`, changeFrequency: "daily" as const })),
    ...incidents.map((incident) => ({
      url: `${site}/incidents/${incident.id}`,
      lastModified: incident.updatedAt,
      changeFrequency: "weekly" as const,
    })),
  ];
}
