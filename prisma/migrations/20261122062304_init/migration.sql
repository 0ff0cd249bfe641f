-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('NEWS_OUTLET', 'GOVERNMENT', 'MILITARY', 'ARMED_GROUP', 'UN_BODY', 'RESEARCH_INSTITUTE', 'DATASET', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'WEEK', 'MONTH', 'APPROXIMATE');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('GOVERNMENT', 'MILITARY', 'ARMED_GROUP', 'INTERNATIONAL_BODY', 'RESEARCH_INSTITUTE', 'MEDIA', 'PERSON', 'OTHER');

-- CreateEnum
CREATE TYPE "ActorSide" AS ENUM ('PAKISTAN', 'AFGHANISTAN', 'INDEPENDENT', 'ARMED_GROUP', 'THIRD_PARTY');

-- CreateEnum
CREATE TYPE "PlaceLevel" AS ENUM ('COUNTRY', 'PROVINCE', 'DISTRICT', 'LOCALITY');

-- CreateEnum
CREATE TYPE "IncidentType" AS ENUM ('SUICIDE_BOMBING', 'IED_VBIED', 'ARMED_ASSAULT', 'TARGETED_KILLING', 'AIRSTRIKE', 'CROSS_BORDER_FIRE', 'DRONE_ATTACK', 'BORDER_CLASH', 'OTHER');

-- CreateEnum
CREATE TYPE "TargetType" AS ENUM ('SECURITY_FORCES', 'MILITARY_INSTALLATION', 'CIVILIANS', 'RELIGIOUS_SITE', 'GOVERNMENT', 'INFRASTRUCTURE', 'ECONOMIC', 'EDUCATION', 'HEALTH', 'MILITANTS', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "IncidentStatus" AS ENUM ('REPORTED', 'DISPUTED', 'CORROBORATED');

-- CreateEnum
CREATE TYPE "PerpetratorBasis" AS ENUM ('CLAIMED', 'ATTRIBUTED');

-- CreateEnum
CREATE TYPE "ClaimSubject" AS ENUM ('PAKISTANI_FORCES', 'AFGHAN_FORCES', 'PAKISTANI_CIVILIANS', 'AFGHAN_CIVILIANS', 'MILITANTS', 'PEOPLE_IN_PAKISTAN', 'PEOPLE_IN_AFGHANISTAN', 'ALL_SIDES');

-- CreateEnum
CREATE TYPE "ClaimMetric" AS ENUM ('KILLED', 'INJURED', 'CAPTURED', 'MISSING', 'POSTS_CAPTURED', 'POSTS_DESTROYED', 'VEHICLES_DESTROYED', 'DRONES_DOWNED', 'SHELLS_FIRED');

-- CreateEnum
CREATE TYPE "Qualifier" AS ENUM ('EXACT', 'AT_LEAST', 'MORE_THAN', 'UP_TO', 'ABOUT', 'RANGE', 'NONE');

-- CreateEnum
CREATE TYPE "ClaimStance" AS ENUM ('ASSERTED', 'ACKNOWLEDGED', 'DENIED');

-- CreateEnum
CREATE TYPE "MediationStatus" AS ENUM ('OFFERED', 'TALKS_UNDER_WAY', 'AGREEMENT_REACHED', 'CEASEFIRE_HOLDING', 'STALLED', 'COLLAPSED');

-- CreateEnum
CREATE TYPE "MediationEventKind" AS ENUM ('OFFER', 'TALKS_ROUND', 'AGREEMENT', 'CEASEFIRE', 'BREAKDOWN', 'VIOLATION', 'STATEMENT');

-- CreateEnum
CREATE TYPE "CeasefireEnd" AS ENUM ('EXPIRED', 'BROKEN', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "FeedKind" AS ENUM ('UCDP', 'RSS', 'RELIEFWEB', 'ACLED', 'GDELT');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED');

-- CreateEnum
CREATE TYPE "RunTrigger" AS ENUM ('CRON', 'CLI', 'ADMIN');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('PENDING', 'ACCEPTED', 'MERGED', 'REJECTED');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'VIEWER');

-- CreateTable
CREATE TABLE "Source" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SourceKind" NOT NULL,
    "country" TEXT,
    "url" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publishedOn" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "retrievedAt" TIMESTAMP(3),
    "contentHash" TEXT NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Actor" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "kind" "ActorKind" NOT NULL,
    "side" "ActorSide" NOT NULL,
    "country" TEXT,
    "aliases" TEXT[],
    "parentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Place" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "PlaceLevel" NOT NULL,
    "country" TEXT NOT NULL,
    "parentId" TEXT,
    "exFata" BOOLEAN NOT NULL DEFAULT false,
    "lon" DOUBLE PRECISION,
    "lat" DOUBLE PRECISION,
    "aliases" TEXT[],

    CONSTRAINT "Place_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Episode" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    "description" TEXT NOT NULL,

    CONSTRAINT "Episode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Incident" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "occurredUntil" DATE,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "country" TEXT NOT NULL,
    "provinceId" TEXT,
    "districtId" TEXT,
    "placeId" TEXT,
    "locationText" TEXT,
    "type" "IncidentType" NOT NULL,
    "targetType" "TargetType" NOT NULL,
    "status" "IncidentStatus" NOT NULL DEFAULT 'REPORTED',
    "episodeId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "externalSource" TEXT,
    "externalId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Incident_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentPerpetrator" (
    "id" TEXT NOT NULL,
    "incidentId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "basis" "PerpetratorBasis" NOT NULL,
    "attributedById" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,

    CONSTRAINT "IncidentPerpetrator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IncidentCitation" (
    "incidentId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,

    CONSTRAINT "IncidentCitation_pkey" PRIMARY KEY ("incidentId","documentId")
);

-- CreateTable
CREATE TABLE "Claim" (
    "id" TEXT NOT NULL,
    "claimantId" TEXT NOT NULL,
    "statedBy" TEXT,
    "subject" "ClaimSubject" NOT NULL,
    "metric" "ClaimMetric" NOT NULL,
    "valueLow" INTEGER NOT NULL,
    "valueHigh" INTEGER NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "stance" "ClaimStance" NOT NULL DEFAULT 'ASSERTED',
    "incidentId" TEXT,
    "episodeId" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "madeOn" DATE NOT NULL,
    "madeOnPrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "documentId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "note" TEXT,
    "revisesId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Claim_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationTrack" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "venues" TEXT[],
    "published" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "MediationTrack_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MediationMediator" (
    "trackId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    CONSTRAINT "MediationMediator_pkey" PRIMARY KEY ("trackId","actorId")
);

-- CreateTable
CREATE TABLE "MediationParty" (
    "trackId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    CONSTRAINT "MediationParty_pkey" PRIMARY KEY ("trackId","actorId")
);

-- CreateTable
CREATE TABLE "MediationEvent" (
    "id" TEXT NOT NULL,
    "trackId" TEXT NOT NULL,
    "occurredOn" DATE NOT NULL,
    "datePrecision" "DatePrecision" NOT NULL DEFAULT 'DAY',
    "kind" "MediationEventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "venue" TEXT,
    "round" INTEGER,
    "statusAfter" "MediationStatus",
    "documentId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,

    CONSTRAINT "MediationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Ceasefire" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "trackId" TEXT,
    "agreedOn" DATE NOT NULL,
    "startsOn" DATE NOT NULL,
    "plannedEnd" DATE,
    "endedOn" DATE,
    "endedHow" "CeasefireEnd",
    "endNote" TEXT,
    "terms" TEXT NOT NULL,
    "published" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "Ceasefire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CeasefireBroker" (
    "ceasefireId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,

    CONSTRAINT "CeasefireBroker_pkey" PRIMARY KEY ("ceasefireId","actorId")
);

-- CreateTable
CREATE TABLE "CeasefireCitation" (
    "ceasefireId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,

    CONSTRAINT "CeasefireCitation_pkey" PRIMARY KEY ("ceasefireId","documentId")
);

-- CreateTable
CREATE TABLE "FeedSource" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "FeedKind" NOT NULL,
    "url" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "credentialEnv" TEXT,
    "config" JSONB,
    "cursor" JSONB,
    "lastSuccessAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedSource_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefreshRun" (
    "id" TEXT NOT NULL,
    "trigger" "RunTrigger" NOT NULL,
    "status" "RunStatus" NOT NULL DEFAULT 'RUNNING',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RefreshRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RefreshRunSource" (
    "runId" TEXT NOT NULL,
    "feedSourceId" TEXT NOT NULL,
    "fetched" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "rejected" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "RefreshRunSource_pkey" PRIMARY KEY ("runId","feedSourceId")
);

-- CreateTable
CREATE TABLE "IngestedItem" (
    "id" TEXT NOT NULL,
    "feedSourceId" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "raw" JSONB NOT NULL,
    "suggestions" JSONB,
    "status" "ReviewStatus" NOT NULL DEFAULT 'PENDING',
    "decisionReason" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "incidentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "IngestedItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "emailVerified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'VIEWER',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "providerId" TEXT NOT NULL,
    "password" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" TEXT NOT NULL,
    "userId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Document_contentHash_key" ON "Document"("contentHash");

-- CreateIndex
CREATE INDEX "Document_sourceId_idx" ON "Document"("sourceId");

-- CreateIndex
CREATE INDEX "Place_parentId_idx" ON "Place"("parentId");

-- CreateIndex
CREATE INDEX "Place_level_country_idx" ON "Place"("level", "country");

-- CreateIndex
CREATE INDEX "Incident_country_occurredOn_idx" ON "Incident"("country", "occurredOn");

-- CreateIndex
CREATE INDEX "Incident_provinceId_occurredOn_idx" ON "Incident"("provinceId", "occurredOn");

-- CreateIndex
CREATE INDEX "Incident_districtId_occurredOn_idx" ON "Incident"("districtId", "occurredOn");

-- CreateIndex
CREATE INDEX "Incident_type_occurredOn_idx" ON "Incident"("type", "occurredOn");

-- CreateIndex
CREATE INDEX "Incident_targetType_idx" ON "Incident"("targetType");

-- CreateIndex
CREATE INDEX "Incident_episodeId_idx" ON "Incident"("episodeId");

-- CreateIndex
CREATE UNIQUE INDEX "Incident_externalSource_externalId_key" ON "Incident"("externalSource", "externalId");

-- CreateIndex
CREATE INDEX "IncidentPerpetrator_actorId_idx" ON "IncidentPerpetrator"("actorId");

-- CreateIndex
CREATE UNIQUE INDEX "IncidentPerpetrator_incidentId_actorId_basis_attributedById_key" ON "IncidentPerpetrator"("incidentId", "actorId", "basis", "attributedById");

-- CreateIndex
CREATE INDEX "IncidentCitation_documentId_idx" ON "IncidentCitation"("documentId");

-- CreateIndex
CREATE UNIQUE INDEX "Claim_revisesId_key" ON "Claim"("revisesId");

-- CreateIndex
CREATE INDEX "Claim_incidentId_idx" ON "Claim"("incidentId");

-- CreateIndex
CREATE INDEX "Claim_episodeId_idx" ON "Claim"("episodeId");

-- CreateIndex
CREATE INDEX "Claim_claimantId_idx" ON "Claim"("claimantId");

-- CreateIndex
CREATE INDEX "Claim_subject_metric_idx" ON "Claim"("subject", "metric");

-- CreateIndex
CREATE INDEX "Claim_madeOn_idx" ON "Claim"("madeOn");

-- CreateIndex
CREATE INDEX "MediationEvent_trackId_occurredOn_idx" ON "MediationEvent"("trackId", "occurredOn");

-- CreateIndex
CREATE INDEX "RefreshRun_startedAt_idx" ON "RefreshRun"("startedAt");

-- CreateIndex
CREATE INDEX "IngestedItem_status_publishedAt_idx" ON "IngestedItem"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "IngestedItem_contentHash_idx" ON "IngestedItem"("contentHash");

-- CreateIndex
CREATE UNIQUE INDEX "IngestedItem_feedSourceId_externalId_key" ON "IngestedItem"("feedSourceId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "Session_token_key" ON "Session"("token");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_providerId_accountId_key" ON "Account"("providerId", "accountId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_createdAt_idx" ON "AuditLog"("createdAt");

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Actor" ADD CONSTRAINT "Actor_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Place" ADD CONSTRAINT "Place_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_districtId_fkey" FOREIGN KEY ("districtId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_placeId_fkey" FOREIGN KEY ("placeId") REFERENCES "Place"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Incident" ADD CONSTRAINT "Incident_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPerpetrator" ADD CONSTRAINT "IncidentPerpetrator_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPerpetrator" ADD CONSTRAINT "IncidentPerpetrator_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPerpetrator" ADD CONSTRAINT "IncidentPerpetrator_attributedById_fkey" FOREIGN KEY ("attributedById") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentPerpetrator" ADD CONSTRAINT "IncidentPerpetrator_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentCitation" ADD CONSTRAINT "IncidentCitation_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IncidentCitation" ADD CONSTRAINT "IncidentCitation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_claimantId_fkey" FOREIGN KEY ("claimantId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_incidentId_fkey" FOREIGN KEY ("incidentId") REFERENCES "Incident"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_episodeId_fkey" FOREIGN KEY ("episodeId") REFERENCES "Episode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "Claim"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationMediator" ADD CONSTRAINT "MediationMediator_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "MediationTrack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationMediator" ADD CONSTRAINT "MediationMediator_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationParty" ADD CONSTRAINT "MediationParty_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "MediationTrack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationParty" ADD CONSTRAINT "MediationParty_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationEvent" ADD CONSTRAINT "MediationEvent_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "MediationTrack"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MediationEvent" ADD CONSTRAINT "MediationEvent_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Ceasefire" ADD CONSTRAINT "Ceasefire_trackId_fkey" FOREIGN KEY ("trackId") REFERENCES "MediationTrack"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeasefireBroker" ADD CONSTRAINT "CeasefireBroker_ceasefireId_fkey" FOREIGN KEY ("ceasefireId") REFERENCES "Ceasefire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeasefireBroker" ADD CONSTRAINT "CeasefireBroker_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeasefireCitation" ADD CONSTRAINT "CeasefireCitation_ceasefireId_fkey" FOREIGN KEY ("ceasefireId") REFERENCES "Ceasefire"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CeasefireCitation" ADD CONSTRAINT "CeasefireCitation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshRunSource" ADD CONSTRAINT "RefreshRunSource_runId_fkey" FOREIGN KEY ("runId") REFERENCES "RefreshRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RefreshRunSource" ADD CONSTRAINT "RefreshRunSource_feedSourceId_fkey" FOREIGN KEY ("feedSourceId") REFERENCES "FeedSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestedItem" ADD CONSTRAINT "IngestedItem_feedSourceId_fkey" FOREIGN KEY ("feedSourceId") REFERENCES "FeedSource"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestedItem" ADD CONSTRAINT "IngestedItem_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
