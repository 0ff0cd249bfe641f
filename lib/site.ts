// How the site names itself, how it is cited and under what licence its data is published.
export const SITE_NAME = "Frontier Monitor";
export const CITATION_EXAMPLE =
  "Frontier Monitor (2026). Pakistan–Afghanistan conflict record. Retrieved <date>, from <address of the page or download>.";
export const DATA_LICENCE =
  "Data: CC BY 4.0 (Frontier Monitor compilation); each figure remains the claim of the party named, with its source. Boundaries: geoBoundaries, CC BY 4.0.";
