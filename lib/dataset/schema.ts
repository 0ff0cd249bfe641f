// The contract of the reviewable dataset files in prisma/dataset/*.json. Every file is parsed
// with these schemas before anything is written, so a typo fails the seed instead of landing.
import { z } from "zod";
import {
  ActorKind,
  ActorSide,
  CeasefireEnd,
  ClaimMetric,
  ClaimStance,
  ClaimSubject,
  DatePrecision,
  IncidentStatus,
  IncidentType,
  MediationEventKind,
  MediationStatus,
  PerpetratorBasis,
  Qualifier,
  QuoteKind,
  SourceKind,
  StatementKind,
  TargetType,
} from "../db/generated/enums";
import { periodCountRowSchema } from "./period-count-schema";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "ids are kebab-case slugs");
const isoDate = z.iso.date();
const quote = z.string().trim().min(8).max(600);
/** A place id: ISO3 country (PAK), ISO 3166-2 province (PK-KP), gazetteer district
 *  (PK-KP-bajaur) or a dataset locality (loc-torkham). */
const placeId = z.string().regex(/^(PAK|AFG|[A-Z]{2}-[A-Z]{2,3}(-[a-z0-9-]+)?|loc-[a-z0-9-]+)$/);

export const sourceSchema = z.object({
  id,
  name: z.string().min(2),
  kind: z.enum(SourceKind),
  country: z.string().optional(),
  url: z.url().optional(),
});

export const documentSchema = z.object({
  id,
  sourceId: id,
  title: z.string().min(3),
  url: z.url().optional(),
  /** The file under shared/sources it was extracted from, when it is one of the five articles. */
  file: z.string().optional(),
  publishedOn: isoDate.optional(),
  datePrecision: z.enum(DatePrecision).default("DAY"),
  language: z.string().default("en"),
  note: z.string().optional(),
});

export const actorSchema = z.object({
  id,
  name: z.string().min(2),
  shortName: z.string().optional(),
  kind: z.enum(ActorKind),
  side: z.enum(ActorSide),
  country: z.string().length(3).optional(),
  aliases: z.array(z.string()).default([]),
  parentId: id.optional(),
});

export const localitySchema = z.object({
  id: z.string().regex(/^loc-[a-z0-9-]+$/),
  name: z.string(),
  parentId: placeId,
  lon: z.number().min(60).max(78).optional(),
  lat: z.number().min(23).max(39).optional(),
  aliases: z.array(z.string()).default([]),
});

export const episodeSchema = z.object({
  id,
  name: z.string(),
  startsOn: isoDate,
  endsOn: isoDate.optional(),
  description: z.string(),
});

/** VERBATIM: the document's own words (checked against its text); SUMMARY: a digest's account of it. */
const quoteKind = z.enum(QuoteKind).default("VERBATIM");
const citation = z.object({ documentId: id, quote, quoteKind });

export const incidentSchema = z.object({
  id,
  title: z.string().min(5).max(160),
  summary: z.string().min(10),
  occurredOn: isoDate,
  occurredUntil: isoDate.optional(),
  datePrecision: z.enum(DatePrecision).default("DAY"),
  /** Most precise known place; province and district are derived from it at load. */
  placeId,
  locationText: z.string().optional(),
  type: z.enum(IncidentType),
  targetType: z.enum(TargetType),
  status: z.enum(IncidentStatus).default("REPORTED"),
  episodeId: id.optional(),
  perpetrators: z
    .array(
      z.object({
        actorId: id,
        basis: z.enum(PerpetratorBasis),
        attributedById: id,
        documentId: id,
        quote,
        quoteKind,
      }),
    )
    .default([]),
  citations: z.array(citation).min(1, "an incident needs at least one source"),
  /** Further places the incident spans (several provinces struck in one night), each cited. */
  places: z.array(citation.extend({ placeId })).default([]),
});

export const claimSchema = z
  .object({
    id,
    claimantId: id,
    statedBy: z.string().optional(),
    subject: z.enum(ClaimSubject),
    metric: z.enum(ClaimMetric),
    valueLow: z.number().int().min(0),
    valueHigh: z.number().int().min(0),
    qualifier: z.enum(Qualifier),
    stance: z.enum(ClaimStance).default("ASSERTED"),
    incidentId: id.optional(),
    episodeId: id.optional(),
    periodStart: isoDate.optional(),
    periodEnd: isoDate.optional(),
    madeOn: isoDate,
    madeOnPrecision: z.enum(DatePrecision).default("DAY"),
    documentId: id,
    quote,
    quoteKind,
    /** Further documents reporting the same statement: one statement is one claim. */
    citations: z.array(citation).default([]),
    note: z.string().optional(),
    revisesId: id.optional(),
  })
  .superRefine((c, ctx) => {
    const scopes = [c.incidentId, c.episodeId, c.periodStart].filter(Boolean).length;
    if (scopes !== 1)
      ctx.addIssue({ code: "custom", message: "scope: exactly one of incidentId, episodeId, periodStart/periodEnd" });
    if (c.periodStart && !c.periodEnd)
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "a period needs its end" });
    if (c.valueHigh < c.valueLow)
      ctx.addIssue({ code: "custom", path: ["valueHigh"], message: "valueHigh < valueLow" });
    if ((c.qualifier === "RANGE") !== c.valueHigh > c.valueLow)
      ctx.addIssue({ code: "custom", path: ["qualifier"], message: "RANGE exactly when valueHigh > valueLow" });
    if ((c.qualifier === "NONE") !== (c.valueHigh === 0))
      ctx.addIssue({ code: "custom", path: ["qualifier"], message: "NONE exactly when the value is 0" });
  });

export const mediationTrackSchema = z.object({
  id,
  name: z.string(),
  summary: z.string(),
  venues: z.array(z.string()).default([]),
  mediatorIds: z.array(id).min(1),
  partyIds: z.array(id).min(2),
  events: z
    .array(
      z.object({
        id,
        occurredOn: isoDate,
        datePrecision: z.enum(DatePrecision).default("DAY"),
        kind: z.enum(MediationEventKind),
        title: z.string(),
        description: z.string().optional(),
        venue: z.string().optional(),
        round: z.number().int().positive().optional(),
        statusAfter: z.enum(MediationStatus).optional(),
        documentId: id,
        quote,
        quoteKind,
      }),
    )
    .min(1),
});

export const ceasefireSchema = z
  .object({
    id,
    name: z.string(),
    trackId: id.optional(),
    agreedOn: isoDate,
    startsOn: isoDate,
    plannedEnd: isoDate.optional(),
    endedOn: isoDate.optional(),
    endedHow: z.enum(CeasefireEnd).optional(),
    endNote: z.string().optional(),
    terms: z.string(),
    brokerIds: z.array(id).min(1),
    citations: z.array(citation).min(1),
  })
  .refine((c) => !c.endedOn === !c.endedHow, { message: "endedOn and endedHow go together" });

/** A position, a condition for talks or a declaration: described in the summary, cited in the quote. */
export const statementSchema = z.object({
  id,
  actorId: id,
  statedBy: z.string().optional(),
  kind: z.enum(StatementKind),
  madeOn: isoDate,
  madeOnPrecision: z.enum(DatePrecision).default("DAY"),
  summary: z.string().min(10).max(400),
  trackId: id.optional(),
  episodeId: id.optional(),
  documentId: id,
  quote,
  quoteKind,
});

export const datasetSchema = z.object({
  sources: z.array(sourceSchema),
  documents: z.array(documentSchema),
  actors: z.array(actorSchema),
  localities: z.array(localitySchema),
  episodes: z.array(episodeSchema),
  incidents: z.array(incidentSchema),
  claims: z.array(claimSchema),
  mediationTracks: z.array(mediationTrackSchema),
  ceasefires: z.array(ceasefireSchema),
  periodCounts: z.array(periodCountRowSchema),
  statements: z.array(statementSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetIncident = z.infer<typeof incidentSchema>;
export type DatasetClaim = z.infer<typeof claimSchema>;
