// The shape of the synthetic record: time span, skews and weights of every drawn dimension.
import { weighted, type Weighted } from "./random";

export const DAY_MS = 86_400_000;
export const START = Date.UTC(2025, 0, 1);
export const DAYS = 730; // 2025-01-01 .. 2026-12-31
export const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const PROVINCE_WEIGHT: Record<string, number> = {
  "PK-KP": 0.55,
  "PK-BA": 0.3,
  "PK-PB": 0.05,
  "PK-SD": 0.05,
  "PK-IS": 0.015,
  "PK-GB": 0.02,
  "PK-JK": 0.015,
};
export const TYPES = weighted<string>([
  ["ARMED_ASSAULT", 25],
  ["IED_VBIED", 22],
  ["TARGETED_KILLING", 18],
  ["CROSS_BORDER_FIRE", 8],
  ["DRONE_ATTACK", 7],
  ["SUICIDE_BOMBING", 6],
  ["BORDER_CLASH", 5],
  ["AIRSTRIKE", 3],
  ["OTHER", 6],
]);
export const WAR_TYPES = weighted<string>([
  ["CROSS_BORDER_FIRE", 30],
  ["BORDER_CLASH", 20],
  ["AIRSTRIKE", 12],
  ["DRONE_ATTACK", 12],
  ["ARMED_ASSAULT", 12],
  ["IED_VBIED", 8],
  ["OTHER", 6],
]);
export const TARGETS = weighted<string>([
  ["SECURITY_FORCES", 42],
  ["CIVILIANS", 18],
  ["MILITARY_INSTALLATION", 8],
  ["GOVERNMENT", 6],
  ["INFRASTRUCTURE", 6],
  ["RELIGIOUS_SITE", 3],
  ["ECONOMIC", 4],
  ["EDUCATION", 2],
  ["HEALTH", 2],
  ["MILITANTS", 5],
  ["UNKNOWN", 4],
]);
export const STATUS = weighted<string>([
  ["REPORTED", 60],
  ["CORROBORATED", 30],
  ["DISPUTED", 10],
]);
export const PRECISION = weighted<string>([
  ["DAY", 92],
  ["WEEK", 4],
  ["MONTH", 2],
  ["APPROXIMATE", 2],
]);
export const PERP_COUNT = weighted<number>([
  [0, 35],
  [1, 50],
  [2, 15],
]);
export const CLAIM_COUNT = weighted<number>([
  [1, 30],
  [2, 25],
  [3, 18],
  [4, 12],
  [5, 9],
  [6, 6],
]);
export const SUBJECTS = weighted<string>([
  ["PAKISTANI_FORCES", 40],
  ["PAKISTANI_CIVILIANS", 22],
  ["MILITANTS", 25],
  ["PEOPLE_IN_PAKISTAN", 13],
]);
export const METRICS = weighted<string>([
  ["KILLED", 68],
  ["INJURED", 27],
  ["CAPTURED", 3],
  ["MISSING", 2],
]);
export const QUALIFIERS = weighted<string>([
  ["EXACT", 45],
  ["AT_LEAST", 25],
  ["MORE_THAN", 10],
  ["ABOUT", 8],
  ["UP_TO", 5],
  ["RANGE", 7],
]);
export const STANCES = weighted<string>([
  ["ASSERTED", 88],
  ["ACKNOWLEDGED", 8],
  ["DENIED", 4],
]);
export const EVENT_KINDS = weighted<string>([
  ["STATEMENT", 35],
  ["TALKS_ROUND", 25],
  ["OFFER", 12],
  ["VIOLATION", 12],
  ["AGREEMENT", 6],
  ["CEASEFIRE", 5],
  ["BREAKDOWN", 5],
]);
export const STATUS_AFTER: Record<string, string | null> = {
  STATEMENT: null,
  TALKS_ROUND: "TALKS_UNDER_WAY",
  OFFER: "OFFERED",
  VIOLATION: null,
  AGREEMENT: "AGREEMENT_REACHED",
  CEASEFIRE: "CEASEFIRE_HOLDING",
  BREAKDOWN: "COLLAPSED",
};
/** Who blames whom: groups that claim attacks, and the Pakistani bodies that attribute them. */
export const GROUPS_KP = weighted<string>([
  ["ttp", 70],
  ["iskp", 15],
  ["afghan-taliban-forces", 10],
  ["bla", 5],
]);
export const GROUPS_BA = weighted<string>([
  ["bla", 65],
  ["ttp", 20],
  ["iskp", 10],
  ["afghan-taliban-forces", 5],
]);
export const ATTRIBUTORS = weighted<string>([
  ["pakistan-armed-forces", 60],
  ["gov-pakistan", 40],
]);
export const CLAIMANTS = weighted<string>([
  ["pakistan-armed-forces", 30],
  ["gov-pakistan", 18],
  ["dawn", 12],
  ["express-tribune", 10],
  ["ttp", 8],
  ["bla", 5],
  ["crss", 6],
  ["unama", 4],
  ["afghan-taliban-authorities", 4],
  ["pakistan-today", 3],
]);

export type District = { id: string; name: string; provinceId: string };
export type Ref = {
  districts: Weighted<District>;
  days: Weighted<number>;
  episodes: { id: string; from: number; to: number }[];
  sources: string[];
  tracks: string[];
  docCount: number;
  eventCount: number;
  syntheticTracks: number;
};
