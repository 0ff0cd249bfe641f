import { describe, expect, it } from "vitest";
import { gazetteer } from "@/lib/geo/gazetteer";
import { renderMapSvg } from "@/lib/geo/map-svg";

describe("renderMapSvg (share-card thumbnail)", () => {
  const svg = renderMapSvg("districts-PAK", { "PK-KP-bajaur": 3, "PK-BA-chagai": 1 }, { thumbnail: true });
  it("draws every district of Pakistan", () => {
    expect(svg.match(/<path d="[^"]+" fill="#/g)).toHaveLength(
      gazetteer.districts.filter((d) => d.country === "PAK").length,
    );
  });
  it("fills exactly the districts with attacks in the strong colour", () => {
    expect(svg.match(/fill="#0072B2"/g)).toHaveLength(2);
  });
});
