// What the search may find: exactly what the public pages show. A record of its own is public
// when published (a claim also waits for its incident, as on the ledger; a mediation step for
// its track). A document, an actor or a place has no publication flag of its own: it is public
// when a public record cites it, names it or happened there. Written with joins rather than
// nested EXISTS, so PostgreSQL can check many candidates with one hash of each table.
import { Prisma } from "../db/generated/client";

/** Claims (alias pc) that are public: published, about no incident or a published one. */
const PUBLIC_CLAIMS = `"Claim" pc LEFT JOIN "Incident" pci ON pci."id" = pc."incidentId"`;
const PUBLIC_CLAIM_WHERE = `pc."published" AND (pc."incidentId" IS NULL OR pci."published")`;
const publishedIncidentOf = (table: string) =>
  `${table} r JOIN "Incident" pi ON pi."id" = r."incidentId" AND pi."published"`;

/** A public claim, on alias c. */
export const PUBLIC_CLAIM = Prisma.raw(
  `c."published" AND (c."incidentId" IS NULL
     OR EXISTS (SELECT 1 FROM "Incident" ci WHERE ci."id" = c."incidentId" AND ci."published"))`,
);

/** A public document, on alias d: cited by a public record. */
export const PUBLIC_DOCUMENT = Prisma.raw(`(
  EXISTS (SELECT 1 FROM ${publishedIncidentOf(`"IncidentCitation"`)} WHERE r."documentId" = d."id")
  OR EXISTS (SELECT 1 FROM ${publishedIncidentOf(`"IncidentPerpetrator"`)} WHERE r."documentId" = d."id")
  OR EXISTS (SELECT 1 FROM ${publishedIncidentOf(`"IncidentPlace"`)} WHERE r."documentId" = d."id")
  OR EXISTS (SELECT 1 FROM ${PUBLIC_CLAIMS} WHERE pc."documentId" = d."id" AND ${PUBLIC_CLAIM_WHERE})
  OR EXISTS (SELECT 1 FROM "ClaimCitation" r JOIN ${PUBLIC_CLAIMS} ON pc."id" = r."claimId"
             WHERE r."documentId" = d."id" AND ${PUBLIC_CLAIM_WHERE})
  OR EXISTS (SELECT 1 FROM "Statement" r WHERE r."documentId" = d."id" AND r."published")
  OR EXISTS (SELECT 1 FROM "MediationEvent" r JOIN "MediationTrack" pt ON pt."id" = r."trackId" AND pt."published"
             WHERE r."documentId" = d."id")
  OR EXISTS (SELECT 1 FROM "CeasefireCitation" r JOIN "Ceasefire" pf ON pf."id" = r."ceasefireId" AND pf."published"
             WHERE r."documentId" = d."id")
  OR EXISTS (SELECT 1 FROM "PeriodCount" r WHERE r."documentId" = d."id" AND r."published"))`);

/** A public actor, on alias a: a public record names it as claimant, perpetrator or the one who
 *  attributed an incident, counter, speaker, mediator, party or broker. */
export const PUBLIC_ACTOR = Prisma.raw(`(
  EXISTS (SELECT 1 FROM ${PUBLIC_CLAIMS} WHERE pc."claimantId" = a."id" AND ${PUBLIC_CLAIM_WHERE})
  OR EXISTS (SELECT 1 FROM ${publishedIncidentOf(`"IncidentPerpetrator"`)} WHERE r."actorId" = a."id")
  OR EXISTS (SELECT 1 FROM ${publishedIncidentOf(`"IncidentPerpetrator"`)} WHERE r."attributedById" = a."id")
  OR EXISTS (SELECT 1 FROM "PeriodCount" r WHERE r."counterId" = a."id" AND r."published")
  OR EXISTS (SELECT 1 FROM "Statement" r WHERE r."actorId" = a."id" AND r."published")
  OR EXISTS (SELECT 1 FROM "MediationMediator" r JOIN "MediationTrack" pt ON pt."id" = r."trackId" AND pt."published"
             WHERE r."actorId" = a."id")
  OR EXISTS (SELECT 1 FROM "MediationParty" r JOIN "MediationTrack" pt ON pt."id" = r."trackId" AND pt."published"
             WHERE r."actorId" = a."id")
  OR EXISTS (SELECT 1 FROM "CeasefireBroker" r JOIN "Ceasefire" pf ON pf."id" = r."ceasefireId" AND pf."published"
             WHERE r."actorId" = a."id"))`);

/** A public place, on alias p: a published incident happened there or spans it. */
export const PUBLIC_PLACE = Prisma.raw(`(
  EXISTS (SELECT 1 FROM "Incident" pi WHERE pi."districtId" = p."id" AND pi."published")
  OR EXISTS (SELECT 1 FROM "Incident" pi WHERE pi."provinceId" = p."id" AND pi."published")
  OR EXISTS (SELECT 1 FROM "Incident" pi WHERE pi."placeId" = p."id" AND pi."published")
  OR EXISTS (SELECT 1 FROM ${publishedIncidentOf(`"IncidentPlace"`)} WHERE r."placeId" = p."id")
  OR EXISTS (SELECT 1 FROM ${publishedIncidentOf(`"IncidentPlace"`)} WHERE r."districtId" = p."id")
  OR EXISTS (SELECT 1 FROM ${publishedIncidentOf(`"IncidentPlace"`)} WHERE r."provinceId" = p."id"))`);
