// Shown wherever a map appears (lib/geo/README.md has the sources and their licences).
export const BOUNDARY_ATTRIBUTION =
  'Boundaries: geoBoundaries (www.geoboundaries.org), CC BY 4.0. Runfola D. et al. (2020), "geoBoundaries: A global database of political administrative boundaries", PLoS ONE 15(4): e0231866. Afghanistan districts: AIMS / Esri Disaster Response Program (2014). Pakistan districts: Wikimedia Commons (2019). Simplified; province outlines derived from districts.';

export const BOUNDARY_NOTE =
  "Boundaries are drawn as the sources give them and are not an endorsement: Kashmir is shown as Pakistan-administered units, and the Durand Line where the two national sources meet.";
