// How the site names itself and how it asks to be cited (licence text: lib/api/citation.ts).
export const SITE_NAME = "Frontier Monitor";
export const CITATION_EXAMPLE =
  "Frontier Monitor (2026). Pakistan–Afghanistan conflict record. Retrieved <date>, from <address of the page or download>.";
