// The independent counters whose published figures the record keeps as period counts, as news
// text names them ("Picss", "the PICSS Militancy Database", "Pak Institute for Peace Studies").
// Their ids are the dataset's actors (prisma/dataset/actors.json); the actor matching of claims
// (./actors.ts) takes the same aliases.

export type Counter = { id: string; name: string; aliases: string[] };

export const COUNTERS: Counter[] = [
  {
    id: "picss",
    name: "Pakistan Institute for Conflict and Security Studies",
    aliases: ["PICSS", "Picss", "PICSS Militancy Database", "Pakistan Institute for Conflict and Security Studies"],
  },
  {
    id: "pips",
    name: "Pak Institute for Peace Studies",
    aliases: ["PIPS", "Pak Institute for Peace Studies", "Pakistan Institute for Peace Studies"],
  },
  {
    id: "crss",
    name: "Centre for Research and Security Studies",
    aliases: ["CRSS", "Centre for Research and Security Studies", "Center for Research and Security Studies"],
  },
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");

// Acronyms and "Picss" match as written (a "pips" in other text is not the institute); full names in any case.
const PATTERNS = COUNTERS.flatMap((counter) =>
  counter.aliases.map((alias) => ({
    counter,
    re: new RegExp(`(?<![\\p{L}])${escape(alias)}(?![\\p{L}])`, /\s/.test(alias) ? "giu" : "gu"),
  })),
);

export type CounterHit = { counterId: string; counterName: string; text: string; index: number };

/** Every counter named in the text, by position; at one position the longest name wins. */
export function findCounters(text: string): CounterHit[] {
  const hits: CounterHit[] = [];
  for (const { counter, re } of PATTERNS)
    for (const m of text.matchAll(re))
      hits.push({ counterId: counter.id, counterName: counter.name, text: m[0], index: m.index });
  hits.sort((a, b) => a.index - b.index || b.text.length - a.text.length);
  return hits.filter((hit, n) => n === 0 || hit.index !== hits[n - 1]!.index);
}
