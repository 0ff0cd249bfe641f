// The one visual language of every chart, map, card and badge: a fixed colour and a fixed mark
// (shape) per side, per independent counter and per mediation status. Colours are Okabe–Ito
// (told apart with every common colour-vision deficiency, never red against green for the two
// sides); the mark keeps them apart in greyscale and print. Pages use the CSS tokens
// (app/styles/tokens.css, `var(--side-pakistan)` …, which also carry the dark theme); share cards
// (lib/og), which cannot read CSS, use the hex values here. tests/unit/visual-tokens.test.ts holds
// the two to each other.

export type Mark = "circle" | "square" | "triangle" | "diamond" | "cross" | "bar";
export type Swatch = { colour: string; token: string; mark: Mark; label: string };

export const SIDE_SWATCHES: Record<string, Swatch> = {
  PAKISTAN: { colour: "#0072B2", token: "--side-pakistan", mark: "circle", label: "Pakistan" },
  AFGHANISTAN: {
    colour: "#E69F00",
    token: "--side-afghanistan",
    mark: "square",
    label: "Afghanistan (Taliban authorities)",
  },
  INDEPENDENT: { colour: "#555555", token: "--side-independent", mark: "diamond", label: "Independent" },
  ARMED_GROUP: { colour: "#CC79A7", token: "--side-armed-group", mark: "triangle", label: "Armed group" },
  THIRD_PARTY: { colour: "#56B4E9", token: "--side-third-party", mark: "cross", label: "Third party" },
};

/** The independent counters of attacks in Pakistan, by actor id, and the UN's counts. */
export const COUNTER_SWATCHES: Record<string, Swatch> = {
  picss: { colour: "#0072B2", token: "--counter-picss", mark: "bar", label: "PICSS" },
  pips: { colour: "#009E73", token: "--counter-pips", mark: "diamond", label: "PIPS" },
  crss: { colour: "#D55E00", token: "--counter-crss", mark: "triangle", label: "CRSS" },
  un: { colour: "#56B4E9", token: "--counter-un", mark: "circle", label: "United Nations" },
};

/** Mediation statuses, from an offer to a collapse: hue and mark both change along the way. */
export const STATUS_SWATCHES: Record<string, Swatch> = {
  OFFERED: { colour: "#56B4E9", token: "--status-offered", mark: "circle", label: "offered" },
  TALKS_UNDER_WAY: { colour: "#0072B2", token: "--status-talks", mark: "diamond", label: "talks under way" },
  AGREEMENT_REACHED: { colour: "#009E73", token: "--status-agreement", mark: "square", label: "agreement reached" },
  CEASEFIRE_HOLDING: { colour: "#009E73", token: "--status-holding", mark: "bar", label: "ceasefire holding" },
  STALLED: { colour: "#E69F00", token: "--status-stalled", mark: "triangle", label: "stalled" },
  COLLAPSED: { colour: "#D55E00", token: "--status-collapsed", mark: "cross", label: "collapsed" },
};

/** A swatch's colour as a CSS value for pages (the token, with the light colour if it is missing). */
export const cssColour = (swatch: Swatch): string => `var(${swatch.token}, ${swatch.colour})`;
