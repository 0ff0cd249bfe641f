// Every admin write to a claim. A changed figure is normally a new claim that revises the old one
// (both kept, dated); an edit in place is for the editor's own mistakes. Either way, once the
// public has seen the claim, the change carries a dated correction note.
import { checkRefs, recordCorrection, settle } from "../writes/versioned";
import { setPublishedVersioned, type PublishSwitch } from "../writes/versioned-publish";
import { updateVersioned } from "../writes/versioned-update";
import { WriteRejected, fail, parseInput, type FieldErrors, type WriteResult } from "../writes/write-result";
import { writeAudit } from "../audit/write-audit";
import { assertRole, type Viewer } from "../access/authorize";
import { CACHE_TAGS } from "../cache-tags";
import type { Db } from "../db/create-client";
import type { DbTx } from "../db/create-client";
import { publishInput } from "../incidents/incident-input";
import { claimCreateInput, claimUpdateInput, type ClaimUpdateInput } from "./claim-input";
import { snapshotClaim, type ClaimSnapshot } from "./claim-snapshot";

const TAGS = [CACHE_TAGS.claims, CACHE_TAGS.incidents];
const day = (s: string | undefined) => (s ? new Date(`${s}T00:00:00Z`) : null);

type ClaimValues = Omit<ClaimUpdateInput, "version" | "correctionNote">;

function columns(c: ClaimValues) {
  return {
    claimantId: c.claimantId,
    statedBy: c.statedBy ?? null,
    subject: c.subject,
    metric: c.metric,
    valueLow: c.valueLow,
    valueHigh: c.valueHigh,
    qualifier: c.qualifier,
    stance: c.stance,
    incidentId: c.incidentId ?? null,
    episodeId: c.episodeId ?? null,
    periodStart: day(c.periodStart),
    periodEnd: day(c.periodEnd),
    madeOn: day(c.madeOn)!,
    madeOnPrecision: c.madeOnPrecision,
    documentId: c.documentId,
    quote: c.quote ?? "",
    note: c.note ?? null,
  };
}

async function checkClaimRefs(tx: DbTx, c: ClaimValues) {
  const errors = await checkRefs(tx, {
    actor: { claimantId: c.claimantId },
    document: { documentId: c.documentId },
    episode: { episodeId: c.episodeId },
  });
  if (c.incidentId && !(await tx.incident.findUnique({ where: { id: c.incidentId }, select: { id: true } })))
    errors.incidentId = ["No such incident."];
  if (Object.keys(errors).length) throw new WriteRejected(fail(errors));
}

/** What publishing needs: a claimant, a source document and the quote the figure comes from. */
export function publishProblems(c: Pick<ClaimSnapshot, "claimantId" | "documentId" | "quote">): FieldErrors {
  const errors: FieldErrors = {};
  if (!c.claimantId) errors.claimantId = ["A published claim needs its claimant."];
  if (!c.documentId) errors.documentId = ["A published claim needs its source document."];
  if (!c.quote.trim()) errors.quote = ["A published claim needs the quote its figure comes from."];
  return errors;
}
const PUBLISH_FORM_ERROR = "A claim cannot be published without claimant, document and quote.";

/** A revision keeps the claimant, subject, metric and scope of the claim it revises, and comes later. */
async function checkRevision(tx: DbTx, c: ClaimValues & { revisesId?: string }) {
  if (!c.revisesId) return null;
  const old = await tx.claim.findUnique({
    where: { id: c.revisesId },
    include: { revisedBy: { select: { id: true } } },
  });
  const problem = !old
    ? "No such claim."
    : old.revisedBy
      ? "That claim has already been revised: revise the latest figure instead."
      : old.claimantId !== c.claimantId
        ? "A revision must have the same claimant as the claim it revises."
        : old.subject !== c.subject || old.metric !== c.metric
          ? "A revision must have the same subject and metric as the claim it revises."
          : old.incidentId !== (c.incidentId ?? null) ||
              old.episodeId !== (c.episodeId ?? null) ||
              (old.periodStart?.getTime() ?? null) !== (day(c.periodStart)?.getTime() ?? null)
            ? "A revision keeps the scope of the claim it revises."
            : old.madeOn.getTime() > day(c.madeOn)!.getTime()
              ? "A revision cannot be dated before the claim it revises."
              : null;
  if (problem) throw new WriteRejected(fail({ revisesId: [problem] }));
  return old!;
}

export async function createClaim(db: Db, viewer: Viewer | null, raw: unknown): Promise<WriteResult> {
  const user = assertRole(viewer, "EDITOR");
  const input = parseInput(claimCreateInput, raw);
  if (!input.ok) return input;
  const c = input.data;
  if (c.publish) {
    const problems = publishProblems({ claimantId: c.claimantId, documentId: c.documentId, quote: c.quote ?? "" });
    if (Object.keys(problems).length) return fail(problems, PUBLISH_FORM_ERROR);
  }
  return settle(() =>
    db.$transaction(async (tx) => {
      await checkClaimRefs(tx, c);
      const revised = await checkRevision(tx, c);
      // chainId is set by the database trigger from revisesId; never here.
      const created = await tx.claim.create({
        data: { ...columns(c), revisesId: c.revisesId ?? null, published: c.publish },
        select: { id: true },
      });
      const after = await snapshotClaim(tx, created.id);
      await writeAudit(tx, { userId: user.userId, action: "create", entityType: "Claim", entityId: created.id, after });
      if (revised?.published) {
        await recordCorrection(tx, {
          entityType: "Claim",
          entityId: created.id,
          incidentId: c.incidentId ?? null,
          note: c.correctionNote,
          userId: user.userId,
        });
      }
      return { ok: true as const, id: created.id, version: 1, tags: TAGS };
    }),
  );
}

/** A public claim stays publishable, and a public revision keeps what makes it a revision. */
async function checkPublicEdit(tx: DbTx, c: ClaimValues, before: ClaimSnapshot) {
  const problems = publishProblems({ claimantId: c.claimantId, documentId: c.documentId, quote: c.quote ?? "" });
  if (Object.keys(problems).length) throw new WriteRejected(fail(problems, PUBLISH_FORM_ERROR));
  if (!before.revisesId) return;
  const older = await tx.claim.findUnique({ where: { id: before.revisesId } });
  if (older && (older.claimantId !== c.claimantId || older.subject !== c.subject || older.metric !== c.metric)) {
    throw new WriteRejected(
      fail({ claimantId: ["A revision keeps the claimant, subject and metric of the claim it revises."] }),
    );
  }
}

export const updateClaim = (db: Db, viewer: Viewer | null, id: string, raw: unknown): Promise<WriteResult> =>
  updateVersioned(db, viewer, claimUpdateInput, id, raw, {
    entityType: "Claim",
    missing: "This claim no longer exists.",
    snapshot: snapshotClaim,
    tags: TAGS,
    check: async (tx, c, before) => {
      await checkClaimRefs(tx, c);
      if (before.published) await checkPublicEdit(tx, c, before);
    },
    update: async (tx, c) =>
      (
        await tx.claim.updateMany({
          where: { id, version: c.version },
          data: { ...columns(c), version: { increment: 1 } },
        })
      ).count,
    correction: (_tx, before, after) =>
      before.published ? { entityType: "Claim", entityId: id, incidentId: after.incidentId } : null,
  });

const PUBLISH_SWITCH: PublishSwitch<ClaimSnapshot> = {
  entityType: "Claim",
  input: publishInput,
  noun: "claim",
  snapshot: snapshotClaim,
  tags: TAGS,
  publishProblem: (before) => {
    const problems = publishProblems(before);
    return Object.keys(problems).length ? fail(problems, PUBLISH_FORM_ERROR) : null;
  },
  update: async (tx, id, version, published) =>
    (await tx.claim.updateMany({ where: { id, version }, data: { published, version: { increment: 1 } } })).count,
  incidentOf: (after) => after.incidentId,
};

/** Needs claimant, document and quote: field errors otherwise, nothing written. */
export const publishClaim = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  setPublishedVersioned(db, viewer, id, raw, true, PUBLISH_SWITCH);
export const unpublishClaim = (db: Db, viewer: Viewer | null, id: string, raw: unknown) =>
  setPublishedVersioned(db, viewer, id, raw, false, PUBLISH_SWITCH);
