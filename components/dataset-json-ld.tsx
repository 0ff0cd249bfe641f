import { getEnv } from "@/lib/env";
import { SITE_NAME } from "@/lib/site";

// schema.org Dataset for search engines' dataset indexes: this is a dataset (not news), under CC
// BY 4.0, with its public downloads. Rendered in the static shell of each data page.
const DOWNLOADS = [
  ["incidents", "Attacks and other incidents"],
  ["claims", "Casualty claims by claimant"],
  ["mediation", "Mediation events"],
] as const;

export function DatasetJsonLd({ name, description, path }: { name: string; description: string; path: string }) {
  const site = getEnv().SITE_URL.replace(/\/+$/, "");
  const data = {
    "@context": "https://schema.org",
    "@type": "Dataset",
    name,
    description,
    url: `${site}${path}`,
    isAccessibleForFree: true,
    license: "https://creativecommons.org/licenses/by/4.0/",
    creator: { "@type": "Organization", name: SITE_NAME, url: site },
    temporalCoverage: "2025-01-01/..",
    spatialCoverage: [
      { "@type": "Place", name: "Pakistan" },
      { "@type": "Place", name: "Afghanistan" },
    ],
    keywords: ["Pakistan", "Afghanistan", "armed conflict", "casualty claims", "mediation", "ceasefire"],
    distribution: DOWNLOADS.flatMap(([what, label]) => [
      {
        "@type": "DataDownload",
        name: `${label} (CSV)`,
        encodingFormat: "text/csv",
        contentUrl: `${site}/api/v1/${what}?format=csv`,
      },
      {
        "@type": "DataDownload",
        name: `${label} (JSON)`,
        encodingFormat: "application/json",
        contentUrl: `${site}/api/v1/${what}?format=json`,
      },
    ]),
  };
  // "<" escaped so no value can close the script element.
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, "\\u003c") }}
    />
  );
}
