import { describe, expect, it } from "vitest";
import { buildPlaceRows, createPlaceResolver } from "@/lib/dataset/places";

describe("places", () => {
  const rows = buildPlaceRows([{ id: "loc-torkham", name: "Torkham", parentId: "PK-KP-khyber", aliases: [] }]);
  const resolve = createPlaceResolver(rows);

  it("holds both countries, 41 provinces and 524 districts from the gazetteer, plus localities", () => {
    const count = (level: string) => rows.filter((r) => r.level === level).length;
    expect([count("COUNTRY"), count("PROVINCE"), count("DISTRICT"), count("LOCALITY")]).toEqual([2, 41, 524, 1]);
  });

  it("flags the seven former FATA districts", () => {
    expect(
      rows
        .filter((r) => r.exFata)
        .map((r) => r.id)
        .sort(),
    ).toEqual([
      "PK-KP-bajaur",
      "PK-KP-khyber",
      "PK-KP-kurram",
      "PK-KP-mohmand",
      "PK-KP-north-waziristan",
      "PK-KP-orakzai",
      "PK-KP-south-waziristan",
      "loc-torkham",
    ]);
  });

  it("resolves a locality to its district, province and country", () => {
    expect(resolve("loc-torkham")).toEqual({ country: "PAK", provinceId: "PK-KP", districtId: "PK-KP-khyber" });
  });

  it("resolves a province alone", () => {
    expect(resolve("PK-BA")).toEqual({ country: "PAK", provinceId: "PK-BA", districtId: null });
  });

  it("refuses an unknown place instead of guessing", () => {
    expect(() => resolve("PK-KP-atlantis")).toThrow(/unknown place/);
  });
});
