import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/share/metadata";

// Everything is public, the JSON API included: allow all, and point at the sitemap.
export default function robots(): MetadataRoute.Robots {
  return { rules: { userAgent: "*", allow: "/" }, sitemap: `${siteUrl()}/sitemap.xml` };
}
