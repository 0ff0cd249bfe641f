// Does a news item concern the Pakistan–Afghanistan conflict? Names that only this conflict uses
// (TTP, Durand Line, ISPR…) are enough on their own; places and the two countries count only next
// to a word of violence or diplomacy, so "Kabul earthquake" or "Balochistan budget" stay out.

/** Terms specific to the conflict: one is enough. Aliases follow prisma/dataset/actors.json. */
const SPECIFIC_TERMS = [
  "TTP",
  "Tehreek-e-Taliban",
  "Tehreek-i-Taliban",
  "Tehrik-i-Taliban",
  "Tehrik-e-Taliban",
  "Pakistan Taliban",
  "Pakistani Taliban",
  "BLA",
  "Balochistan Liberation Army",
  "BLF",
  "ISKP",
  "IS-K",
  "ISIS-K",
  "Islamic State Khorasan",
  "Afghan Taliban",
  "Taliban government",
  "Islamic Emirate",
  "Durand Line",
  "Torkham",
  "Chaman",
  "Spin Boldak",
  "Angoor Adda",
  "Ghulam Khan",
  "ISPR",
  "Inter-Services Public Relations",
  "Zabihullah Mujahid",
  "Khawaja Asif",
  "Ghazab lil-Haq",
  "Ghazab-lil-Haq",
  "Fitna al-Khawarij",
  "Fitna al-Hindustan",
  "khawarij",
  "Hafiz Gul Bahadur",
  "Lashkar-e-Islam",
  "Jamaat-ul-Ahrar",
  "Urumqi talks",
  "UNAMA",
  // The independent counters: their monthly and annual releases count the militancy itself.
  "PICSS",
  "Picss",
  "Pakistan Institute for Conflict and Security Studies",
  "PIPS",
  "Pak Institute for Peace Studies",
  "CRSS",
  "Centre for Research and Security Studies",
  "Center for Research and Security Studies",
];

/** Places and parties of the conflict: relevant only together with an event word. */
const CONTEXT_TERMS = [
  "Pakistan",
  "Pakistani",
  "Afghanistan",
  "Afghan",
  "Taliban",
  "Islamabad",
  "Kabul",
  "Khyber Pakhtunkhwa",
  "Balochistan",
  "Waziristan",
  "Bajaur",
  "Khyber",
  "Kurram",
  "Orakzai",
  "Mohmand",
  "Tirah",
  "Bannu",
  "Lakki Marwat",
  "Dera Ismail Khan",
  "D.I. Khan",
  "Tank",
  "Quetta",
  "Peshawar",
  "Chitral",
  "Zhob",
  "Chagai",
  "Kunar",
  "Nangarhar",
  "Paktia",
  "Paktika",
  "Khost",
  "Kandahar",
  "Helmand",
  "Nuristan",
  "Jalalabad",
  "Asadabad",
  "ex-FATA",
  "FATA",
  "tribal districts",
];

const EVENT_TERMS = [
  "airstrike",
  "airstrikes",
  "air strike",
  "air strikes",
  "strike",
  "strikes",
  "drone",
  "drones",
  "border clash",
  "clash",
  "clashes",
  "cross-border",
  "shelling",
  "artillery",
  "ceasefire",
  "truce",
  "attack",
  "attacks",
  "attacked",
  "suicide",
  "bomber",
  "bombing",
  "blast",
  "explosion",
  "IED",
  "militant",
  "militants",
  "terrorist",
  "terrorists",
  "insurgent",
  "insurgents",
  "killed",
  "martyred",
  "injured",
  "wounded",
  "gunmen",
  "ambush",
  "operation",
  "offensive",
  "security forces",
  "soldiers",
  "troops",
  "checkpost",
  "outpost",
  "outposts",
  "Doha talks",
  "Istanbul talks",
  "peace talks",
  "talks",
  "mediation",
  "mediate",
  "negotiations",
];

function termPattern(terms: string[], caseSensitiveShort: boolean): { re: RegExp; short?: RegExp } {
  const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[- ]/g, "[-\\s]?");
  // Acronyms (TTP, BLA, IED) must match in capitals: "bla bla" and "tank" are not the group or the district.
  const acronyms = caseSensitiveShort ? terms.filter((t) => /^[A-Z-]{2,6}$/.test(t) || t === "Tank") : [];
  const words = terms.filter((t) => !acronyms.includes(t));
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map(esc).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  const short = acronyms.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(${acronyms.map(esc).join("|")})(?![\\p{L}\\p{N}])`, "gu")
    : undefined;
  return { re, short };
}

const specific = termPattern(SPECIFIC_TERMS, true);
const context = termPattern(CONTEXT_TERMS, true);
const events = termPattern(EVENT_TERMS, true);

function matches(text: string, p: { re: RegExp; short?: RegExp }): string[] {
  const found = [...text.matchAll(p.re)].map((m) => m[1]!);
  if (p.short) found.push(...[...text.matchAll(p.short)].map((m) => m[1]!));
  return [...new Set(found.map((f) => f.replace(/\s+/g, " ")))];
}

export type Relevance = { relevant: boolean; matched: string[] };

/** Relevance of a title plus text; `matched` lists the terms that decided it (for reviewers). */
export function assessRelevance(text: string): Relevance {
  const strong = matches(text, specific);
  if (strong.length) return { relevant: true, matched: strong };
  const places = matches(text, context);
  const happenings = matches(text, events);
  if (places.length && happenings.length) return { relevant: true, matched: [...places, ...happenings] };
  return { relevant: false, matched: [] };
}
