// Actor names as news text writes them, from the dataset's actors (name, short name, aliases)
// plus the spokespeople and outlets through which each side speaks.
import actors from "../../../prisma/dataset/actors.json" with { type: "json" };
import { COUNTERS } from "./counters";

type ActorRow = { id: string; name: string; shortName?: string | null; aliases?: string[]; kind: string };

/** Voices of an actor that the dataset does not list as aliases. */
const EXTRA_ALIASES: Record<string, string[]> = {
  "pakistan-armed-forces": ["ISPR", "Inter-Services Public Relations", "military's media wing", "Pakistani military"],
  "gov-pakistan": [
    "Pakistan",
    "Pakistani government",
    "Attaullah Tarar",
    "Tarar",
    "Khawaja Asif",
    "Mosharraf Zaidi",
    "Tahir Andrabi",
    "Foreign Office",
  ],
  "afghan-taliban-authorities": [
    "Zabihullah Mujahid",
    "Mujahid",
    "Taliban spokesman",
    "Hamdullah Fitrat",
    "Taliban",
    "Afghan government",
  ],
  "afghan-ministry-of-defence": ["Afghan Ministry of Defence", "Afghan Defence Ministry", "Enayatullah Khwarazmi"],
  ttp: ["Tehreek-e-Taliban Pakistan", "Pakistani Taliban", "Fitna al-Khawarij"],
  bla: ["Balochistan Liberation Army", "Fitna al-Hindustan"],
  iskp: ["Islamic State Khorasan", "Islamic State"],
  // The independent counters (PICSS, PIPS, CRSS), as their releases are reported.
  ...Object.fromEntries(COUNTERS.map((counter) => [counter.id, counter.aliases])),
};

const ARMED_GROUPS = new Set((actors as ActorRow[]).filter((a) => a.kind === "ARMED_GROUP").map((a) => a.id));

type Alias = { actorId: string; name: string; alias: string; re: RegExp };

const ALIASES: Alias[] = (actors as ActorRow[])
  .flatMap((a) =>
    [a.name, a.shortName ?? "", ...(a.aliases ?? []), ...(EXTRA_ALIASES[a.id] ?? [])]
      .filter((s) => s.length >= 2)
      .map((alias) => ({
        actorId: a.id,
        name: a.name,
        alias,
        // Acronyms match in capitals only; other names in any case.
        re: new RegExp(
          `(?<![\\p{L}])${alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/[- ]/g, "[-\\s]")}(?![\\p{L}])`,
          /^[A-Z-]{2,6}$/.test(alias) ? "u" : "iu",
        ),
      })),
  )
  // Longest alias first: "Afghan Ministry of Defence" before "Afghan", "Pakistan Taliban" before "Pakistan".
  .sort((a, b) => b.alias.length - a.alias.length);

/** The actor a speaker or claimant name refers to, if the name is one of its aliases. */
export function matchActor(name: string): { actorId: string; name: string } | null {
  const hit = ALIASES.find((a) => a.re.test(name));
  return hit ? { actorId: hit.actorId, name: hit.name } : null;
}

export type PerpetratorHit = {
  actorId: string;
  name: string;
  basis: "CLAIMED" | "ATTRIBUTED" | "MENTIONED";
  text: string;
};

/** Armed groups named in the sentences, with whether they claimed it or were blamed. */
export function findPerpetrators(sentences: string[]): PerpetratorHit[] {
  const found = new Map<string, PerpetratorHit>();
  const rank = { CLAIMED: 3, ATTRIBUTED: 2, MENTIONED: 1 } as const;
  for (const sentence of sentences) {
    for (const a of ALIASES) {
      if (!ARMED_GROUPS.has(a.actorId) || !a.re.test(sentence)) continue;
      const basis = /claimed responsibility|claimed the attack|responsibility for/i.test(sentence)
        ? "CLAIMED"
        : /\b(blam\w*|accus\w*|attribut\w*|held responsible|behind the attack|linked to)\b/i.test(sentence)
          ? "ATTRIBUTED"
          : "MENTIONED";
      const prev = found.get(a.actorId);
      if (!prev || rank[basis] > rank[prev.basis])
        found.set(a.actorId, { actorId: a.actorId, name: a.name, basis, text: sentence });
    }
  }
  return [...found.values()];
}
