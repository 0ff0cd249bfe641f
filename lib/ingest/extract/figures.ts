// Casualty and damage figures with their qualifiers, as a sentence states them: "at least 133 Afghan
// fighters", "killing 11 soldiers", "more than 200 wounded", "no casualties". The qualifier is part
// of the figure and is never dropped; whose dead they were is left null when the text is unclear.
import type { FigureSuggestion } from "../../review/suggestions";
import { matchActor } from "./actors";

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  a: 1,
  an: 1,
};
const NUM = `(?:\\d{1,3}(?:,\\d{3})+|\\d+|${Object.keys(NUMBER_WORDS)
  .filter((w) => w.length > 2)
  .join("|")})`;
const QUAL = "(at least|more than|over|up to|as many as|about|around|nearly|almost|some|approximately|roughly)";
const NOUN =
  "(soldiers?|troops|security personnel|personnel|policemen|police(?:men| officers)?|people|persons|civilians|" +
  "children|women|workers|militants|fighters|terrorists|insurgents|attackers|khawarij|Taliban|members|others|" +
  "outposts|posts|check ?posts|tanks|vehicles|drones)";
const VERB =
  "(killed|dead|died|martyred|eliminated|neutralised|neutralized|injured|wounded|hurt|captured|missing|destroyed|brought down|shot down|downed)";
const ACTIVE =
  "(killed|killing|kills|martyring|eliminated|eliminating|injuring|injured|wounding|wounded|capturing|captured|destroying|destroyed)";
const RANGE = `(?:\\s*(?:-|–|to)\\s*(${NUM}))?`;
const MODS = "((?:[\\p{L}'’-]+\\s+){0,3}?)";

const PASSIVE_RE = new RegExp(
  `\\b(?:${QUAL}\\s+)?(${NUM})${RANGE}\\s+${MODS}(?:${NOUN}\\s+)?(?:(?:were|was|have been|had been|are|got|being|reportedly)\\s+){0,2}${VERB}\\b`,
  "giu",
);
const ACTIVE_RE = new RegExp(`\\b${ACTIVE}\\s+(?:${QUAL}\\s+)?(${NUM})${RANGE}\\s+${MODS}${NOUN}\\b`, "giu");
/** Cheap test first: most sentences hold no figure at all. */
const MAYBE_FIGURE = new RegExp(
  `\\d|\\b(${Object.keys(NUMBER_WORDS)
    .filter((w) => w.length > 2)
    .join("|")}|no|nobody)\\b`,
  "i",
);
const NONE_RE =
  /\b(no casualties|no damage to life|no loss of life|no one was (?:killed|hurt|injured)|no deaths|nobody was (?:killed|hurt))\b/i;

function toNumber(s: string): number {
  const w = NUMBER_WORDS[s.toLowerCase()];
  return w ?? Number(s.replace(/,/g, ""));
}

function qualifierOf(word: string | undefined, ranged: boolean): FigureSuggestion["qualifier"] {
  if (ranged) return "RANGE";
  switch (word?.toLowerCase()) {
    case "at least":
      return "AT_LEAST";
    case "more than":
    case "over":
      return "MORE_THAN";
    case "up to":
    case "as many as":
      return "UP_TO";
    case undefined:
      return "EXACT";
    default:
      return "ABOUT";
  }
}

function metricOf(verb: string, noun: string): FigureSuggestion["metric"] {
  const v = verb.toLowerCase();
  const n = noun.toLowerCase();
  const posts = /posts?$/.test(n);
  if (/destroy/.test(v)) return posts ? "POSTS_DESTROYED" : "VEHICLES_DESTROYED";
  if (/captur/.test(v)) return posts ? "POSTS_CAPTURED" : "CAPTURED";
  if (/down/.test(v)) return "DRONES_DOWNED";
  if (/injur|wound|hurt/.test(v)) return "INJURED";
  if (/missing/.test(v)) return "MISSING";
  return "KILLED";
}

function subjectOf(mods: string, noun: string, rest: string): FigureSuggestion["subject"] {
  const m = mods.toLowerCase();
  const n = noun.toLowerCase();
  if (/both sides/i.test(rest)) return "ALL_SIDES";
  const pak = /\bpak(istan|istani)?\b/.test(m);
  const afg = /\b(afghan|taliban)\b/.test(m) || n === "taliban";
  if (/militants|terrorists|insurgents|attackers|khawarij/.test(n) || /\bttp\b|pakistani taliban/.test(m))
    return "MILITANTS";
  if (/civilians/.test(n)) return pak ? "PAKISTANI_CIVILIANS" : afg ? "AFGHAN_CIVILIANS" : null;
  if (/soldier|troops|personnel|police|fighters|taliban|posts|tanks|vehicles|members/.test(n)) {
    if (pak && !afg) return "PAKISTANI_FORCES";
    if (afg && !pak) return "AFGHAN_FORCES";
  }
  return null;
}

const SPEAKER = "((?:[A-Z][\\p{L}'’.-]*|ISPR)(?:\\s+(?:of\\s+|the\\s+)?[A-Z][\\p{L}'’.-]*){0,5})";
const SAY =
  "(?:said|says|say|told|stated|claimed|added|confirmed|reported|acknowledged|announced|wrote|insisted|denied)";

const SPEAKER_PATTERNS = [
  new RegExp(`according to (?:the\\s+)?${SPEAKER}`, "u"),
  new RegExp(`[,“”"]\\s*(?:the\\s+)?${SPEAKER}\\s+${SAY}\\b`, "u"),
  new RegExp(`^(?:The\\s+)?${SPEAKER}(?:\\s+(?:also|later|had|has|then))?\\s+${SAY}\\b`, "u"),
  new RegExp(`(?:spokes(?:man|woman|person)|minister|chief|official)\\s+${SPEAKER}\\s+${SAY}\\b`, "u"),
];

/** Who a sentence attributes its statement to ("…, the ISPR said", "according to Zabihullah Mujahid"). */
export function findSpeaker(sentence: string): string | null {
  for (const re of SPEAKER_PATTERNS) {
    const m = re.exec(sentence);
    if (m) return m[1]!.trim().replace(/[.,;:]+$/, "");
  }
  return null;
}

/** Figures in one sentence; `speaker` is who the sentence (or the one before, for "It said") quotes. */
export function findFigures(sentence: string, speaker: string | null): FigureSuggestion[] {
  const out: FigureSuggestion[] = [];
  if (!MAYBE_FIGURE.test(sentence)) return out;
  const claimant = speaker ? matchActor(speaker) : null;
  const base = { statedBy: speaker, claimantActorId: claimant?.actorId ?? null, quote: sentence };
  const seen = new Set<string>();
  const push = (f: Omit<FigureSuggestion, "statedBy" | "claimantActorId" | "quote">) => {
    const key = `${f.metric}:${f.valueLow}:${f.valueHigh}:${f.subject}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ ...f, ...base });
  };

  let previous: { end: number; subject: FigureSuggestion["subject"] } | null = null;
  for (const m of sentence.matchAll(PASSIVE_RE)) {
    const [, qual, n1, n2, mods = "", noun = "", verb] = m;
    const end = m.index + m[0].length;
    // "killed or wounded" counts casualties of both kinds together: no single metric fits.
    if (/^\s+(or|and\/or)\s+(wounded|injured)/i.test(sentence.slice(end))) continue;
    const low = toNumber(n1!);
    // A bare year before a verb ("in 2025 killed") is not a count.
    if (!noun && low >= 1900 && low <= 2100) continue;
    if (!noun && /^(a|an)$/i.test(n1!)) continue;
    const high = n2 ? toNumber(n2) : low;
    let subject = subjectOf(mods, noun, sentence.slice(m.index));
    // "42 Afghan civilians were killed and 104 wounded": the second figure shares the first's subject.
    if (!noun && previous && /^\s*and\s*$/.test(sentence.slice(previous.end, m.index))) subject = previous.subject;
    push({
      metric: metricOf(verb!, noun),
      subject,
      valueLow: low,
      valueHigh: high,
      qualifier: qualifierOf(qual, Boolean(n2)),
    });
    previous = { end, subject };
  }
  for (const m of sentence.matchAll(ACTIVE_RE)) {
    const [, verb, qual, n1, n2, mods = "", noun = ""] = m;
    const low = toNumber(n1!);
    const high = n2 ? toNumber(n2) : low;
    push({
      metric: metricOf(verb!, noun),
      subject: subjectOf(mods, noun, sentence.slice(m.index)),
      valueLow: low,
      valueHigh: high,
      qualifier: qualifierOf(qual, Boolean(n2)),
    });
  }
  if (NONE_RE.test(sentence)) {
    push({ metric: "KILLED", subject: null, valueLow: 0, valueHigh: 0, qualifier: "NONE" });
  }
  return out;
}
