// Every admin write to a period count, the same steps as a claim's. A counter that restates its
// figure is a new count revising the old one (both kept, in one chain); an edit in place is for
// the editor's own mistakes. Once the public has seen the count, the change carries a dated note.
import { checkRefs, recordCorrection, settle } from "../writes/versioned";
import { setPublishedVersioned, type PublishSwitch } from "../writes/versioned-publish";
import { updateVersioned } from "../writes/versioned-update";
import { WriteRejected, fail, parseInput, type FieldErrors, type WriteResult } from "../writes/write-result";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import { CACHE_TAGS } from "../cache-tags";
import type { Db, DbTx } from "../db/create-client";
import { publishInput } from "../incidents/incident-input";
import { markItemAcceptedAsCount } from "../review/review-writes";
import { countCreateInput, countUpdateInput, type CountUpdateInput } from "./count-input";
import { snapshotPeriodCount, type PeriodCountSnapshot } from "./count-snapshot";

const TAGS = [CACHE_TAGS.counts];
const day = (s: string) => new Date(`${s}T00:00:00Z`);

type CountValues = Omit<CountUpdateInput, "version" | "correctionNote">;

function columns(c: CountValues) {
  return {
    counterId: c.counterId,
    periodKind: c.periodKind,
    periodStart: day(c.periodStart),
    periodEnd: day(c.periodEnd),
    periodApproximate: c.periodApproximate,
    metric: c.metric,
    violence: c.violence,
    group: c.group,
    region: c.region,
    area: c.area ?? null,
    term: c.term,
    valueLow: c.valueLow,
    valueHigh: c.valueHigh,
    qualifier: c.qualifier,
    documentId: c.documentId,
    quote: c.quote ?? "",
    lowConfidence: c.lowConfidence,
    note: c.note ?? null,
  };
}

async function checkCountRefs(tx: DbTx, c: CountValues) {
  const errors = await checkRefs(tx, { actor: { counterId: c.counterId }, document: { documentId: c.documentId } });
  if (Object.keys(errors).length) throw new WriteRejected(fail(errors));
}

/** What publishing needs: a counter, a source document and the quote the figure comes from. */
export function publishProblems(c: Pick<PeriodCountSnapshot, "counterId" | "documentId" | "quote">): FieldErrors {
  const errors: FieldErrors = {};
  if (!c.counterId) errors.counterId = ["A published count needs its counter."];
  if (!c.documentId) errors.documentId = ["A published count needs its source document."];
  if (!c.quote.trim()) errors.quote = ["A published count needs the quote its figure comes from."];
  return errors;
}
const PUBLISH_FORM_ERROR = "A count cannot be published without counter, document and quote.";

// What makes two counts the same figure of the same period (lib/dataset/period-count-checks.ts).
const IDENTITY = ["counterId", "metric", "violence", "group", "region", "periodStart", "periodEnd"] as const;
type Identity = Pick<PeriodCountSnapshot, (typeof IDENTITY)[number]>;
const changedIdentity = (old: Identity, c: Identity) => IDENTITY.find((field) => old[field] !== c[field]) ?? null;

function revisionProblem(old: Identity, c: Identity): string | null {
  const field = changedIdentity(old, c);
  if (!field) return null;
  if (field === "counterId") return "A revision must have the same counter as the count it revises.";
  if (field === "periodStart" || field === "periodEnd")
    return "A revision covers the same period as the count it revises.";
  return "A revision counts the same thing (metric, violence, group and region) as the count it revises.";
}

/** A revision restates the latest figure of its chain: same counter, metric, violence, group, region and period. */
async function checkRevision(tx: DbTx, c: CountValues & { revisesId?: string }) {
  if (!c.revisesId) return null;
  const old = await snapshotPeriodCount(tx, c.revisesId);
  const revised = old && (await tx.periodCount.count({ where: { revisesId: old.id } })) > 0;
  const problem = !old
    ? "No such count."
    : revised
      ? "That count has already been revised: revise the latest figure instead."
      : revisionProblem(old, c);
  if (problem) throw new WriteRejected(fail({ revisesId: [problem] }));
  return old!;
}

export async function createPeriodCount(db: Db, viewer: Viewer | null, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(countCreateInput, raw);
  if (!input.ok) return input;
  const c = input.data;
  if (c.publish) {
    const problems = publishProblems({ counterId: c.counterId, documentId: c.documentId, quote: c.quote ?? "" });
    if (Object.keys(problems).length) return fail(problems, PUBLISH_FORM_ERROR);
  }
  return settle(() =>
    db.$transaction(async (tx) => {
      await checkCountRefs(tx, c);
      const revised = await checkRevision(tx, c);
      // chainId is set by the database trigger from revisesId; never here.
      const created = await tx.periodCount.create({
        data: { ...columns(c), revisesId: c.revisesId ?? null, published: c.publish },
        select: { id: true },
      });
      const after = await snapshotPeriodCount(tx, created.id);
      await writeAudit(tx, {
        userId: user.userId,
        action: "create",
        entityType: "PeriodCount",
        entityId: created.id,
        after,
      });
      if (revised?.published)
        await recordCorrection(tx, {
          entityType: "PeriodCount",
          entityId: created.id,
          note: c.correctionNote,
          userId: user.userId,
        });
      if (c.fromItem) await markItemAcceptedAsCount(tx, user, c.fromItem, created.id);
      return { ok: true as const, id: created.id, version: 1, tags: TAGS };
    }),
  );
}

const IN_CHAIN =
  "This count is in a revision chain: its counter, what it counts, region and period stay as they are. " +
  "Enter a new count instead.";

/** A public count stays publishable; a count in a revision chain keeps what makes it that figure. */
async function checkEdit(tx: DbTx, c: CountValues, before: PeriodCountSnapshot) {
  if (before.published) {
    const problems = publishProblems({ counterId: c.counterId, documentId: c.documentId, quote: c.quote ?? "" });
    if (Object.keys(problems).length) throw new WriteRejected(fail(problems, PUBLISH_FORM_ERROR));
  }
  const field = changedIdentity(before, c);
  if (!field) return;
  const inChain = before.revisesId !== null || (await tx.periodCount.count({ where: { revisesId: before.id } })) > 0;
  if (inChain) throw new WriteRejected(fail({ [field]: [IN_CHAIN] }));
}

export const updatePeriodCount = (db: Db, viewer: Viewer | null, id: string, raw: unknown): Promise<WriteResult> =>
  updateVersioned(db, viewer, countUpdateInput, id, raw, {
    entityType: "PeriodCount",
    missing: "This count no longer exists.",
    snapshot: snapshotPeriodCount,
    tags: TAGS,
    check: async (tx, c, before) => {
      await checkCountRefs(tx, c);
      await checkEdit(tx, c, before);
    },
    update: async (tx, c) =>
      (
        await tx.periodCount.updateMany({
          where: { id, version: c.version },
          data: { ...columns(c), version: { increment: 1 } },
        })
      ).count,
    correction: (_tx, before) => (before.published ? { entityType: "PeriodCount", entityId: id } : null),
  });

const PUBLISH_SWITCH: PublishSwitch<PeriodCountSnapshot> = {
  entityType: "PeriodCount",
  input: publishInput,
  noun: "count",
  snapshot: snapshotPeriodCount,
  tags: TAGS,
  publishProblem: (before) => {
    const problems = publishProblems(before);
    return Object.keys(problems).length ? fail(problems, PUBLISH_FORM_ERROR) : null;
  },
  update: async (tx, id, version, published) =>
    (await tx.periodCount.updateMany({ where: { id, version }, data: { published, version: { increment: 1 } } })).count,
  // Counts belong to no incident page: the note is kept, dated, with the count.
  incidentOf: () => null,
};

/** Needs counter, document and quote: field errors otherwise, nothing written. */
export const publishPeriodCount = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  setPublishedVersioned(db, viewer, id, raw, true, PUBLISH_SWITCH);
export const unpublishPeriodCount = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  setPublishedVersioned(db, viewer, id, raw, false, PUBLISH_SWITCH);
