// Checks that keep the record neutral and its quotes honest, run by `npm run data:check` and by
// tests/unit/dataset-neutrality.test.ts. Each rule stops a class of error an audit found:
// - the project's own voice using a side's framing word (outside quotation marks);
// - an incident inside Afghanistan called Pakistani without anyone attributing it to Pakistan;
// - the same statement stored as two claims;
// - a quote marked verbatim that is not in its document's text, or that cites a digest.
import { buildPlaceRows, createPlaceResolver } from "./places";
import type { Dataset } from "./schema";

/**
 * Framing words of the parties, reviewed: each side's word for its own or the other side's acts
 * and dead. Allowed inside quotation marks (the speaker's words), never in the project's voice.
 */
export const FRAMING_WORDS = [
  /\bretaliat\w*/i,
  /\bterroris[mt]s?\b/i,
  /\bmartyr\w*/i,
  /\bkhawarij\b/i,
  /\bfitna\b/i,
  /\bcowardly\b/i,
  /\bbefitting\b/i,
  /\bheroic\b/i,
  /\baggressors?\b/i,
  /\binvaders?\b/i,
  /\bpuppets?\b/i,
];

/** Files that are digests of other reports: their lines summarise a page, they do not quote it. */
export const DIGEST_FILES = new Set(["more-reports.md"]);

/** The text outside quotation marks (“…”, "…", ‘…’ and '…' used as quotes). */
export const ownVoice = (text: string) => text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’|(^|\s)'[^']*'(?=[\s.,;:)]|$)/g, " ");

export function framingProblems(d: Dataset): string[] {
  const texts: { where: string; text: string | undefined }[] = [
    ...d.incidents.flatMap((i) => [
      { where: `incident ${i.id} title`, text: i.title },
      { where: `incident ${i.id} summary`, text: i.summary },
    ]),
    ...d.episodes.flatMap((e) => [
      { where: `episode ${e.id} name`, text: e.name },
      { where: `episode ${e.id} description`, text: e.description },
    ]),
    ...d.mediationTracks.flatMap((t) => [
      { where: `track ${t.id} name`, text: t.name },
      { where: `track ${t.id} summary`, text: t.summary },
      ...t.events.flatMap((e) => [
        { where: `event ${e.id} title`, text: e.title },
        { where: `event ${e.id} description`, text: e.description },
      ]),
    ]),
    ...d.statements.map((statement) => ({ where: `statement ${statement.id} summary`, text: statement.summary })),
    ...d.ceasefires.flatMap((c) => [
      { where: `ceasefire ${c.id} name`, text: c.name },
      { where: `ceasefire ${c.id} terms`, text: c.terms },
    ]),
  ];
  return texts.flatMap(({ where, text }) => {
    const own = ownVoice(text ?? "");
    const word = FRAMING_WORDS.map((pattern) => own.match(pattern)?.[0]).find(Boolean);
    return word ? [`${where}: “${word}” is a side's framing; keep it inside a quote`] : [];
  });
}

const PAKISTANI = /\bPakistan(i)?\b/;

/** An incident in Afghanistan whose title or summary names Pakistan as the actor must say who says
 *  so: a perpetrator row (claimed by Pakistan, or attributed by someone named). */
export function attributionProblems(d: Dataset): string[] {
  const resolve = createPlaceResolver(buildPlaceRows(d.localities));
  const actors = new Map(d.actors.map((actor) => [actor.id, actor]));
  return d.incidents
    .filter((i) => resolve(i.placeId).country === "AFG")
    .filter((i) => PAKISTANI.test(ownVoice(i.title)))
    .filter((i) => !i.perpetrators.some((p) => actors.get(p.actorId)?.side === "PAKISTAN"))
    .map((i) => `incident ${i.id}: titled as Pakistan's act in Afghanistan, but nobody attributes it to Pakistan`);
}

/** The same statement twice: same claimant, subject, metric, value and scope, neither revising the other. */
export function duplicateClaimProblems(d: Dataset): string[] {
  // A ministry speaks for its government: the same figure from both is one side's one statement.
  const parents = new Map(d.actors.map((actor) => [actor.id, actor.parentId]));
  const rootOf = (actorId: string) => {
    let root = actorId;
    for (let steps = 0; parents.get(root) && steps < 10; steps++) root = parents.get(root)!;
    return root;
  };
  const seen = new Map<string, string>();
  const problems: string[] = [];
  for (const claim of d.claims) {
    const scope = claim.incidentId ?? claim.episodeId ?? `${claim.periodStart}/${claim.periodEnd}`;
    const key = [rootOf(claim.claimantId), claim.subject, claim.metric, claim.valueLow, claim.valueHigh, scope].join(
      "|",
    );
    const other = seen.get(key);
    if (other && claim.revisesId !== other)
      problems.push(`claim ${claim.id}: the same statement as claim ${other}; give it a second citation instead`);
    seen.set(key, claim.id);
  }
  return problems;
}

type Quoted = { where: string; documentId: string; quote: string; quoteKind: "VERBATIM" | "SUMMARY" };

/** Every quote with where it stands, for the verbatim check. */
export function allQuotes(d: Dataset): Quoted[] {
  return [
    ...d.claims.flatMap((c) => [
      { where: `claim ${c.id}`, documentId: c.documentId, quote: c.quote, quoteKind: c.quoteKind },
      ...c.citations.map((x) => ({ where: `claim ${c.id} citation`, ...x })),
    ]),
    ...d.incidents.flatMap((i) => [
      ...i.citations.map((x) => ({ where: `incident ${i.id}`, ...x })),
      ...i.places.map(({ placeId, ...x }) => ({ where: `incident ${i.id} place ${placeId}`, ...x })),
      ...i.perpetrators.map((p) => ({
        where: `incident ${i.id} perpetrator ${p.actorId}`,
        documentId: p.documentId,
        quote: p.quote,
        quoteKind: p.quoteKind,
      })),
    ]),
    ...d.mediationTracks.flatMap((t) =>
      t.events.map((e) => ({
        where: `event ${e.id}`,
        documentId: e.documentId,
        quote: e.quote,
        quoteKind: e.quoteKind,
      })),
    ),
    ...d.ceasefires.flatMap((c) => c.citations.map((x) => ({ where: `ceasefire ${c.id}`, ...x }))),
    ...d.statements.map(({ id, documentId, quote, quoteKind }) => ({
      where: `statement ${id}`,
      documentId,
      quote,
      quoteKind,
    })),
    ...d.periodCounts.flatMap((row) =>
      row.counts.map((figure) => ({
        where: `period count ${row.id}--${figure.key}`,
        documentId: figure.documentId ?? row.documentId,
        quote: figure.quote ?? row.quote,
        quoteKind: row.quoteKind,
      })),
    ),
  ];
}

const normalise = (text: string) => text.replace(/\\"/g, '"').replace(/\s+/g, " ").trim();

/** A verbatim quote must stand in its document's text, and a digest cannot be quoted verbatim.
 *  `readText(file)` returns the text of a source file, or null when the sources are not at hand. */
export function verbatimProblems(d: Dataset, readText: (file: string) => string | null): string[] {
  const documents = new Map(d.documents.map((document) => [document.id, document]));
  const problems: string[] = [];
  for (const quoted of allQuotes(d)) {
    if (quoted.quoteKind !== "VERBATIM") continue;
    const file = documents.get(quoted.documentId)?.file;
    if (!file) continue; // known only by address: checked by editors
    if (DIGEST_FILES.has(file)) {
      problems.push(`${quoted.where}: marked verbatim, but ${file} is a digest that summarises the page`);
      continue;
    }
    const text = readText(file);
    if (text !== null && !normalise(text).includes(normalise(quoted.quote)))
      problems.push(`${quoted.where}: marked verbatim, but “${quoted.quote.slice(0, 60)}…” is not in ${file}`);
  }
  return problems;
}

export function neutralityProblems(d: Dataset, readText: (file: string) => string | null): string[] {
  return [
    ...framingProblems(d),
    ...attributionProblems(d),
    ...duplicateClaimProblems(d),
    ...verbatimProblems(d, readText),
  ];
}
