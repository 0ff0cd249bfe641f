// What the security probe sends to public URLs: each route with the parameters it reads, plus
// names and values no client of ours sends. Values are written percent-encoded where they must
// reach the server raw (a NUL, an invalid UTF-8 byte).
export type FuzzTarget = { path: string; params: string[]; page?: boolean };

const ATTACK_FILTERS = ["from", "to", "province", "district", "perpetrator", "type", "target"];

export const PUBLIC_TARGETS: FuzzTarget[] = [
  { path: "/", params: ["d"], page: true },
  { path: "/attacks", params: [...ATTACK_FILTERS, "by", "map"], page: true },
  { path: "/casualties", params: ["scope"], page: true },
  { path: "/mediation", params: ["track"], page: true },
  { path: "/methodology", params: [], page: true },
  { path: "/counts", params: [], page: true },
  { path: "/status", params: [], page: true },
  { path: "/api/v1", params: [] },
  { path: "/api/v1/incidents", params: [...ATTACK_FILTERS, "page", "pageSize", "format", "meta"] },
  { path: "/api/v1/claims", params: ["incident", "episode", "from", "to", "page", "pageSize", "format", "meta"] },
  { path: "/api/v1/mediation", params: ["format", "meta"] },
  {
    path: "/api/v1/counts",
    params: [
      "counter",
      "metric",
      "violence",
      "group",
      "region",
      "period",
      "from",
      "to",
      "versions",
      "page",
      "pageSize",
      "format",
      "meta",
    ],
  },
  { path: "/cards/overview", params: ["d", "v"] },
  { path: "/cards/attacks", params: [...ATTACK_FILTERS, "v"] },
  { path: "/cards/claims", params: ["scope", "subject", "v"] },
  { path: "/cards/mediation", params: ["d", "v"] },
  { path: "/cards/methodology", params: ["v"] },
  { path: "/cards/counts", params: ["v"] },
  { path: "/sitemap.xml", params: [] },
  { path: "/search", params: ["q", "kind", "page"], page: true },
  { path: "/api/v1/search", params: ["q", "kind", "page"] },
  { path: "/feeds/changes.atom", params: ["province", "track", "kind"] },
  { path: "/feeds/changes.json", params: ["province", "track", "kind"] },
  { path: "/api/oembed", params: ["url", "format", "maxwidth", "maxheight"] },
  { path: "/embed/national", params: [], page: true },
  { path: "/data/releases", params: [], page: true },
];

/** Parameter names no page reads: prototype-shaped, nested, bracketed, empty. */
export const FUZZ_NAMES = [
  "__proto__",
  "constructor",
  "__proto__[polluted]",
  "constructor.prototype.polluted",
  "a.b.c",
  "",
];

/** The first six are also sent to pages (slower to render); all of them to API routes and cards. */
export const FUZZ_VALUES = [
  "9999-12-31",
  "%00",
  "x".repeat(4000),
  "-1",
  "\u202e\ud83d\ude42 ñ",
  "[object Object]",
  "0000-00-00",
  "2025-02-30",
  "1e308",
  "%ff%fe",
  "PK-KP%00",
  "NaN",
  "csv",
  "comments",
];
