// Loads the validated dataset into the database. Insert-only (createMany + skipDuplicates), all in
// one transaction: a second run inserts nothing, a failed run leaves nothing behind. Changing a
// record that is already published is an editorial correction and goes through the audited admin
// path, not through the seed.
import { createHash } from "node:crypto";
import type { Db } from "../db/create-client";
import { periodCountRecords } from "./period-count-rows";
import { orderRevisionsFirst } from "./revision-order";
import { buildPlaceRows, createPlaceResolver } from "./places";
import type { Dataset } from "./schema";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const optionalDay = (iso: string | undefined) => (iso ? day(iso) : null);

/** Stable across runs and machines: derived from what identifies the document, not from time. */
export function documentContentHash(doc: Dataset["documents"][number]): string {
  return createHash("sha256")
    .update(`${doc.url ?? ""}\n${doc.file ?? ""}\n${doc.title}`)
    .digest("hex");
}

export type SeedCounts = Record<string, number>;

export async function seedDataset(db: Db, d: Dataset): Promise<SeedCounts> {
  const places = buildPlaceRows(d.localities);
  const resolve = createPlaceResolver(places);
  // Claims that revise others must be inserted after them (revisesId is a foreign key).
  const claimsInOrder = orderRevisionsFirst(d.claims);

  return db.$transaction(
    async (tx) => {
      const n: SeedCounts = {};
      const add = async (name: string, p: Promise<{ count: number }>) => {
        n[name] = (n[name] ?? 0) + (await p).count;
      };

      await add("places", tx.place.createMany({ data: places, skipDuplicates: true }));
      await add("sources", tx.source.createMany({ data: d.sources, skipDuplicates: true }));
      await add(
        "documents",
        tx.document.createMany({
          skipDuplicates: true,
          data: d.documents.map(({ file: _file, publishedOn, ...doc }) => ({
            ...doc,
            publishedOn: optionalDay(publishedOn),
            contentHash: documentContentHash({ ...doc, file: _file, publishedOn }),
          })),
        }),
      );
      // Parents before children: an actor's parent must exist first.
      const actors = [...d.actors].sort((a, b) => Number(Boolean(a.parentId)) - Number(Boolean(b.parentId)));
      await add("actors", tx.actor.createMany({ data: actors, skipDuplicates: true }));
      await add(
        "episodes",
        tx.episode.createMany({
          skipDuplicates: true,
          data: d.episodes.map((e) => ({ ...e, startsOn: day(e.startsOn), endsOn: optionalDay(e.endsOn) })),
        }),
      );
      await add(
        "incidents",
        tx.incident.createMany({
          skipDuplicates: true,
          data: d.incidents.map(
            ({ perpetrators: _p, citations: _c, places: _x, placeId, occurredOn, occurredUntil, ...i }) => ({
              ...i,
              ...resolve(placeId),
              placeId,
              occurredOn: day(occurredOn),
              occurredUntil: optionalDay(occurredUntil),
              published: true,
            }),
          ),
        }),
      );
      await add(
        "incidentPerpetrators",
        tx.incidentPerpetrator.createMany({
          skipDuplicates: true,
          data: d.incidents.flatMap((i) =>
            i.perpetrators.map((p) => ({
              ...p,
              id: `${i.id}--${p.actorId}--${p.basis.toLowerCase()}--${p.attributedById}`,
              incidentId: i.id,
            })),
          ),
        }),
      );
      await add(
        "incidentCitations",
        tx.incidentCitation.createMany({
          skipDuplicates: true,
          data: d.incidents.flatMap((i) => i.citations.map((c) => ({ ...c, incidentId: i.id }))),
        }),
      );
      await add(
        "claims",
        tx.claim.createMany({
          skipDuplicates: true,
          data: claimsInOrder.map(({ citations: _citations, ...c }) => ({
            ...c,
            madeOn: day(c.madeOn),
            periodStart: optionalDay(c.periodStart),
            periodEnd: optionalDay(c.periodEnd),
            published: true,
          })),
        }),
      );
      await add(
        "claimCitations",
        tx.claimCitation.createMany({
          skipDuplicates: true,
          data: d.claims.flatMap((c) => c.citations.map((x) => ({ ...x, claimId: c.id }))),
        }),
      );
      await add(
        "incidentPlaces",
        tx.incidentPlace.createMany({
          skipDuplicates: true,
          data: d.incidents.flatMap((i) =>
            i.places.map((x) => {
              const { provinceId, districtId } = resolve(x.placeId);
              return { ...x, incidentId: i.id, provinceId, districtId };
            }),
          ),
        }),
      );
      await add(
        "mediationTracks",
        tx.mediationTrack.createMany({
          skipDuplicates: true,
          data: d.mediationTracks.map(({ mediatorIds: _m, partyIds: _p, events: _e, ...t }) => ({
            ...t,
            published: true,
          })),
        }),
      );
      await add(
        "mediationMediators",
        tx.mediationMediator.createMany({
          skipDuplicates: true,
          data: d.mediationTracks.flatMap((t) => t.mediatorIds.map((actorId) => ({ trackId: t.id, actorId }))),
        }),
      );
      await add(
        "mediationParties",
        tx.mediationParty.createMany({
          skipDuplicates: true,
          data: d.mediationTracks.flatMap((t) => t.partyIds.map((actorId) => ({ trackId: t.id, actorId }))),
        }),
      );
      await add(
        "mediationEvents",
        tx.mediationEvent.createMany({
          skipDuplicates: true,
          data: d.mediationTracks.flatMap((t) =>
            t.events.map((e) => ({ ...e, trackId: t.id, occurredOn: day(e.occurredOn) })),
          ),
        }),
      );
      await add(
        "ceasefires",
        tx.ceasefire.createMany({
          skipDuplicates: true,
          data: d.ceasefires.map(({ brokerIds: _b, citations: _c, agreedOn, startsOn, plannedEnd, endedOn, ...c }) => ({
            ...c,
            agreedOn: day(agreedOn),
            startsOn: day(startsOn),
            plannedEnd: optionalDay(plannedEnd),
            endedOn: optionalDay(endedOn),
            published: true,
          })),
        }),
      );
      await add(
        "ceasefireBrokers",
        tx.ceasefireBroker.createMany({
          skipDuplicates: true,
          data: d.ceasefires.flatMap((c) => c.brokerIds.map((actorId) => ({ ceasefireId: c.id, actorId }))),
        }),
      );
      await add(
        "ceasefireCitations",
        tx.ceasefireCitation.createMany({
          skipDuplicates: true,
          data: d.ceasefires.flatMap((c) => c.citations.map((x) => ({ ...x, ceasefireId: c.id }))),
        }),
      );
      await add(
        "statements",
        tx.statement.createMany({
          skipDuplicates: true,
          data: d.statements.map((statement) => ({ ...statement, madeOn: day(statement.madeOn), published: true })),
        }),
      );
      await add(
        "periodCounts",
        tx.periodCount.createMany({ skipDuplicates: true, data: periodCountRecords(d.periodCounts) }),
      );
      const inserted = Object.values(n).reduce((a, b) => a + b, 0);
      if (inserted > 0) {
        await tx.auditLog.create({
          data: { action: "seed", entityType: "Dataset", entityId: "prisma/dataset", after: n },
        });
      }
      return n;
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}
