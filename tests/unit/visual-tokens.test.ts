// The CSS tokens (app/styles/tokens.css) against the palette the code uses (lib/visual/palette.ts,
// the choropleth ramp, the chart categories): the same light colours, a dark override for every
// colour, and text that stays readable in the dark theme. Reads the stylesheet as text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NO_DATA_FILL, buildChoroplethScale } from "@/lib/geo/choropleth-scale";
import { CATEGORY_COLOURS } from "@/lib/vocabulary";
import { COUNTER_SWATCHES, SIDE_SWATCHES, STATUS_SWATCHES } from "@/lib/visual/palette";

const css = readFileSync(path.join(import.meta.dirname, "../../app/styles/tokens.css"), "utf8").replace(
  /\/\*[\s\S]*?\*\//g,
  "",
);
const DARK_MEDIA = /@media[^{]*prefers-color-scheme:\s*dark[^{]*\{/;

/** The custom properties declared in the first `:root { … }` of a piece of CSS. */
function declarations(block: string): Map<string, string> {
  const body = /:root\s*\{([^}]*)\}/.exec(block)?.[1] ?? "";
  return new Map([...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((match) => [match[1]!, match[2]!.trim()]));
}

const darkStart = css.search(DARK_MEDIA);
const light = declarations(css.slice(0, darkStart < 0 ? undefined : darkStart));
const dark = declarations(darkStart < 0 ? "" : css.slice(darkStart));

/** WCAG 2 relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string) {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [red, green, blue] = channels.map((value) =>
    value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * red! + 0.7152 * green! + 0.0722 * blue!;
}
function contrast(first: string, second: string) {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((left, right) => right - left);
  return (lighter! + 0.05) / (darker! + 0.05);
}
const hexOf = (tokens: Map<string, string>, token: string) => {
  const value = tokens.get(token);
  expect(value, `${token} is a #rrggbb colour`).toMatch(/^#[0-9a-fA-F]{6}$/);
  return value!;
};

const swatches = Object.entries({ ...SIDE_SWATCHES, ...COUNTER_SWATCHES, ...STATUS_SWATCHES });

describe("the contrast formula", () => {
  it("gives the WCAG ratios known by hand", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#ffffff", "#ffffff")).toBeCloseTo(1, 5);
    // #767676 is the lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrast("#767676", "#ffffff")).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#777777", "#ffffff")).toBeLessThan(4.5);
  });
});

describe("tokens.css", () => {
  it("has a light block and a dark block", () => {
    expect(darkStart).toBeGreaterThan(0);
    expect(light.size).toBeGreaterThan(40);
    expect(dark.size).toBeGreaterThan(40);
  });

  it.each(swatches)("defines %s's token with the palette's light colour and a dark override", (_, swatch) => {
    expect(light.get(swatch.token)?.toLowerCase(), swatch.token).toBe(swatch.colour.toLowerCase());
    expect(dark.has(swatch.token), `${swatch.token} in the dark theme`).toBe(true);
  });

  it("gives every colour token a dark override", () => {
    const colours = [...light].filter(([, value]) => value.startsWith("#")).map(([token]) => token);
    expect(colours.length).toBeGreaterThan(40);
    expect(colours.filter((token) => !dark.has(token))).toEqual([]);
  });

  it("keeps text at 4.5:1 or more in both themes", () => {
    for (const tokens of [light, dark]) {
      for (const background of ["--bg", "--panel"]) {
        for (const text of ["--fg", "--muted", "--accent"]) {
          const ratio = contrast(hexOf(tokens, text), hexOf(tokens, background));
          expect(ratio, `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
      }
      expect(contrast(hexOf(tokens, "--on-accent"), hexOf(tokens, "--accent"))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hexOf(tokens, "--fg"), hexOf(tokens, "--notice-bg"))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hexOf(tokens, "--tooltip-fg"), hexOf(tokens, "--tooltip-bg"))).toBeGreaterThanOrEqual(4.5);
    }
    // The pair the brief names: the dark theme's text on its background.
    expect(contrast(hexOf(dark, "--fg"), hexOf(dark, "--bg"))).toBeGreaterThanOrEqual(4.5);
    expect(luminance(hexOf(dark, "--bg"))).toBeLessThan(0.05);
  });

  it("lightens the side, counter and status hues enough to be read as text on the dark page", () => {
    for (const [, swatch] of swatches) {
      for (const background of ["--bg", "--panel"]) {
        const ratio = contrast(hexOf(dark, swatch.token), hexOf(dark, background));
        expect(ratio, `${swatch.token} on dark ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it("holds the choropleth ramp and the no-data fill of lib/geo/choropleth-scale.ts", () => {
    const steps = buildChoroplethScale(1_000_000);
    expect(steps).toHaveLength(6);
    steps.forEach((step, index) => expect(light.get(`--ramp-${index}`)?.toLowerCase()).toBe(step.fill.toLowerCase()));
    expect(light.get("--no-data")?.toLowerCase()).toBe(NO_DATA_FILL.toLowerCase());
  });

  it("keeps the ramp's order in greyscale: darker with more in light, brighter with more in dark", () => {
    const lightness = (tokens: Map<string, string>) =>
      [0, 1, 2, 3, 4, 5].map((index) => luminance(hexOf(tokens, `--ramp-${index}`)));
    const lightRamp = lightness(light);
    const darkRamp = lightness(dark);
    for (let index = 1; index < 6; index++) {
      expect(lightRamp[index]!).toBeLessThan(lightRamp[index - 1]!);
      expect(darkRamp[index]!).toBeGreaterThan(darkRamp[index - 1]!);
    }
    // The dimmest class still stands out from the dark page.
    expect(contrast(hexOf(dark, "--ramp-0"), hexOf(dark, "--bg"))).toBeGreaterThan(1.3);
  });

  it("sets the former tribal districts apart in a hue of no side, counter or status, visible in both themes", () => {
    // #334155 (light) and #cbd5e1 (dark), slates: in Afghanistan's orange (#e69f00), districts of
    // Pakistan could be read as Afghanistan's.
    expect(light.get("--chart-bar-highlight")).toBe("#334155");
    expect(dark.get("--chart-bar-highlight")).toBe("#cbd5e1");
    const paletteHues = new Set(
      [light, dark].flatMap((tokens) => swatches.map(([, swatch]) => tokens.get(swatch.token)?.toLowerCase())),
    );
    for (const tokens of [light, dark]) {
      const highlight = hexOf(tokens, "--chart-bar-highlight");
      expect(paletteHues.has(highlight.toLowerCase())).toBe(false);
      expect(contrast(highlight, hexOf(tokens, "--bg"))).toBeGreaterThanOrEqual(3);
      // Told apart from the other districts' bars in greyscale too.
      expect(contrast(highlight, hexOf(tokens, "--chart-bar"))).toBeGreaterThanOrEqual(1.5);
    }
  });

  it("holds the chart categories of lib/vocabulary.ts, none lost on the dark page", () => {
    CATEGORY_COLOURS.forEach((colour, index) => {
      expect(light.get(`--chart-category-${index + 1}`)?.toLowerCase()).toBe(colour.toLowerCase());
      const ratio = contrast(hexOf(dark, `--chart-category-${index + 1}`), hexOf(dark, "--bg"));
      expect(ratio, `--chart-category-${index + 1} on dark`).toBeGreaterThanOrEqual(3);
    });
  });
});
