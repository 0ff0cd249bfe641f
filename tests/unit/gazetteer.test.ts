import { describe, expect, it } from "vitest";
import { readDataset } from "@/lib/dataset/read-dataset";
import { gazetteer } from "@/lib/geo/gazetteer";
import { normaliseName, resolvePlaceName } from "@/lib/geo/resolve-place-name";

describe("resolvePlaceName", () => {
  it.each([
    ["Ningarhar", "AF-NAN"],
    ["Nangrahar", "AF-NAN"],
    ["KPK", "PK-KP"],
    ["NWFP", "PK-KP"],
    ["Bajaur Agency", "PK-KP-bajaur"],
    ["bajaur district", "PK-KP-bajaur"],
    ["D.I. Khan", "PK-KP-dera-ismail-khan"],
    ["DG Khan", "PK-PB-dera-ghazi-khan"],
    ["Kābul", "AF-KAB"],
    ["BALOCHISTAN", "PK-BA"],
    ["Baluchistan", "PK-BA"],
    ["North Waziristan", "PK-KP-north-waziristan"],
  ])("resolves the variant %s to %s", (name, id) => {
    const m = resolvePlaceName(name);
    expect(m.status, JSON.stringify(m)).toBe("resolved");
    expect(m.status === "resolved" && m.id).toBe(id);
  });

  it("reports a name shared by several districts as ambiguous, with every candidate", () => {
    const m = resolvePlaceName("Kohistan");
    expect(m.status).toBe("ambiguous");
    expect(m.status === "ambiguous" && m.candidates.map((c) => c.id).sort()).toEqual([
      "AF-BDS-kohistan",
      "AF-FYB-kohistan",
      "PK-KP-kohistan",
    ]);
  });

  it.each([
    ["Kohistan", "Khyber Pakhtunkhwa", "PK-KP-kohistan"],
    ["Kohistan", "AF-FYB", "AF-FYB-kohistan"],
    ["Arghandab", "Zabul", "AF-ZAB-arghandab"],
    ["Arghandab", "Kandahar", "AF-KAN-arghandab"],
  ])("resolves the ambiguous %s by its province %s", (name, province, id) => {
    const m = resolvePlaceName(name, { province });
    expect(m.status === "resolved" && m.id).toBe(id);
  });

  it("narrows by country", () => {
    const m = resolvePlaceName("Kohistan", { country: "PAK" });
    expect(m.status === "resolved" && m.id).toBe("PK-KP-kohistan");
  });

  it("reports an unknown name instead of guessing a near one", () => {
    expect(resolvePlaceName("Bajour Valley Township")).toEqual({ status: "unknown", query: "Bajour Valley Township" });
    expect(resolvePlaceName("Atlantis").status).toBe("unknown");
  });

  it("normalises case, diacritics and punctuation", () => {
    expect(normaliseName("Qala-I- Naw")).toBe(normaliseName("qala i naw"));
    expect(normaliseName("Nangarhār")).toBe("nangarhar");
  });

  it("agrees with the dataset: every gazetteer place the dataset uses resolves back to itself by name", () => {
    const d = readDataset();
    const ids = new Set(d.incidents.map((i) => i.placeId).filter((id) => /^[A-Z]{2}-[A-Z]{2,3}/.test(id)));
    for (const id of ids) {
      const entry = gazetteer.districts.find((x) => x.id === id) ?? gazetteer.provinces.find((x) => x.code === id)!;
      const province = "adm1" in entry ? entry.adm1 : undefined;
      const m = resolvePlaceName(entry.name, { province, level: "adm1" in entry ? "district" : "province" });
      expect(m.status === "resolved" && m.id, id).toBe(id);
    }
  });
});
