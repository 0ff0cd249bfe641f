// Typed access to the shipped gazetteer (lib/geo/places.json).
import places from "./places.json" with { type: "json" };

export type GazetteerProvince = {
  code: string;
  name: string;
  country: "PAK" | "AFG";
  label_point: [number, number];
  alt: { name: string; src: string }[];
};
export type GazetteerDistrict = {
  id: string;
  name: string;
  adm1: string;
  country: "PAK" | "AFG";
  ex_fata?: boolean;
  label_point: [number, number];
  alt: { name: string; src: string }[];
};

export const gazetteer = places as unknown as {
  countries: { iso3: string; iso2: string; name: string }[];
  provinces: GazetteerProvince[];
  districts: GazetteerDistrict[];
};
