// The product's words in one place: labels for every enum and how a figure is written with its
// qualifier. Neutral by rule: no label ranks one side above the other.
import type {
  ClaimMetric,
  ClaimSubject,
  IncidentType,
  MediationStatus,
  Qualifier,
  TargetType,
} from "./db/generated/enums";
import { SIDE_SWATCHES } from "./visual/palette";

export const INCIDENT_TYPE_LABELS: Record<IncidentType, string> = {
  SUICIDE_BOMBING: "Suicide bombing",
  IED_VBIED: "IED / VBIED",
  ARMED_ASSAULT: "Armed assault",
  TARGETED_KILLING: "Targeted killing",
  AIRSTRIKE: "Airstrike",
  CROSS_BORDER_FIRE: "Artillery / cross-border fire",
  DRONE_ATTACK: "Drone attack",
  BORDER_CLASH: "Border clash",
  SECURITY_OPERATION: "Security operation (not counted as an attack)",
  OTHER: "Other",
};

export const TARGET_TYPE_LABELS: Record<TargetType, string> = {
  SECURITY_FORCES: "Security forces",
  MILITARY_INSTALLATION: "Military installation",
  CIVILIANS: "Civilians",
  RELIGIOUS_SITE: "Religious site",
  GOVERNMENT: "Government",
  INFRASTRUCTURE: "Infrastructure",
  ECONOMIC: "Economic site",
  EDUCATION: "Education",
  HEALTH: "Health",
  MILITANTS: "Militants",
  UNKNOWN: "Unknown",
};

export const SUBJECT_LABELS: Record<ClaimSubject, string> = {
  PAKISTANI_FORCES: "Pakistani forces",
  AFGHAN_FORCES: "Afghan forces",
  PAKISTANI_CIVILIANS: "Civilians in Pakistan",
  AFGHAN_CIVILIANS: "Civilians in Afghanistan",
  MILITANTS: "Militants",
  PEOPLE_IN_PAKISTAN: "People in Pakistan (not broken down)",
  PEOPLE_IN_AFGHANISTAN: "People in Afghanistan (not broken down)",
  ALL_SIDES: "All sides together",
};

export const METRIC_LABELS: Record<ClaimMetric, string> = {
  KILLED: "killed",
  INJURED: "injured",
  CAPTURED: "captured",
  MISSING: "missing",
  POSTS_CAPTURED: "posts captured",
  POSTS_DESTROYED: "posts destroyed",
  VEHICLES_DESTROYED: "tanks / vehicles destroyed",
  DRONES_DOWNED: "drones downed",
  SHELLS_FIRED: "shells fired",
};

/** What a mediation step was (MediationEvent.kind), as the timeline and the track cards name it. */
export const MEDIATION_STEP_LABELS: Record<string, string> = {
  OFFER: "Offer",
  TALKS_ROUND: "Talks",
  AGREEMENT: "Agreement",
  CEASEFIRE: "Ceasefire",
  BREAKDOWN: "Breakdown",
  VIOLATION: "Violation",
  STATEMENT: "Statement",
};

export const MEDIATION_STATUS_LABELS: Record<MediationStatus, string> = {
  OFFERED: "Offered",
  TALKS_UNDER_WAY: "Talks under way",
  AGREEMENT_REACHED: "Agreement reached",
  CEASEFIRE_HOLDING: "Ceasefire holding",
  STALLED: "Stalled",
  COLLAPSED: "Collapsed",
};

const QUALIFIER_WORDS: Record<Exclude<Qualifier, "RANGE" | "NONE">, string> = {
  EXACT: "",
  AT_LEAST: "at least ",
  MORE_THAN: "more than ",
  UP_TO: "up to ",
  ABOUT: "about ",
};

const nf = new Intl.NumberFormat("en-GB");

/** "at least 133", "4–7", "none" — the qualifier is part of the figure and is never dropped. */
export function formatFigure(c: { valueLow: number; valueHigh: number; qualifier: string }): string {
  if (c.qualifier === "NONE") return "none";
  if (c.qualifier === "RANGE") return `${nf.format(c.valueLow)}–${nf.format(c.valueHigh)}`;
  const word = QUALIFIER_WORDS[c.qualifier as keyof typeof QUALIFIER_WORDS] ?? "";
  return `${word}${nf.format(c.valueLow)}`;
}

export const labelOf = <K extends string>(labels: Record<K, string>, key: string): string => labels[key as K] ?? key;

/** Okabe–Ito: distinguishable with every common colour-vision deficiency, and in greyscale by
 *  position and labels. Categories get colours in a fixed order, so a type keeps its colour. */
export const CATEGORY_COLOURS = [
  "#0072B2",
  "#E69F00",
  "#56B4E9",
  "#009E73",
  "#CC79A7",
  "#D55E00",
  "#F0E442",
  "#000000",
  "#999999",
];

/** Sides get hues with no connotation of right or wrong (no red/green), and the same weight
 *  (lib/visual/palette.ts, which also gives each a mark). */
export const SIDE_COLOURS: Record<string, string> = Object.fromEntries(
  Object.entries(SIDE_SWATCHES).map(([side, swatch]) => [side, swatch.colour]),
);

export const SIDE_LABELS: Record<string, string> = {
  PAKISTAN: "Pakistan",
  AFGHANISTAN: "Afghanistan (Taliban authorities)",
  INDEPENDENT: "Independent",
  ARMED_GROUP: "Armed group",
  THIRD_PARTY: "Third party",
};

export const PRECISION_NOTE: Record<string, string> = {
  DAY: "",
  WEEK: " (week approximate)",
  MONTH: " (month only)",
  APPROXIMATE: " (approximate)",
};
