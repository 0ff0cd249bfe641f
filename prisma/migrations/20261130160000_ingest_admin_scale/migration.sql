-- AlterTable
ALTER TABLE "Account" ADD COLUMN     "accessToken" TEXT,
ADD COLUMN     "accessTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN     "idToken" TEXT,
ADD COLUMN     "refreshToken" TEXT,
ADD COLUMN     "refreshTokenExpiresAt" TIMESTAMP(3),
ADD COLUMN     "scope" TEXT;

-- AlterTable
ALTER TABLE "Actor" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Ceasefire" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "chainId" TEXT;

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "FeedSource" ADD COLUMN     "autoPublish" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "lastAttemptAt" TIMESTAMP(3),
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "slug" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Incident" ADD COLUMN     "ingestHash" TEXT,
ADD COLUMN     "ingestedVersion" INTEGER;

-- AlterTable
ALTER TABLE "IngestedItem" ADD COLUMN     "body" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "MediationEvent" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "MediationTrack" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "Place" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "RefreshRun" ADD COLUMN     "changedPublished" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "error" TEXT,
ADD COLUMN     "stoppedEarly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "triggeredById" TEXT;

-- AlterTable
ALTER TABLE "RefreshRunSource" ADD COLUMN     "rejections" JSONB;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "disabledAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastRequest" BIGINT NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginThrottle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "firstFailureAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "LoginThrottle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "Correction" (
    "id" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "incidentId" TEXT,
    "note" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Correction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Verification_identifier_idx" ON "Verification"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "RateLimit_key_key" ON "RateLimit"("key");

-- CreateIndex
CREATE INDEX "Correction_entityType_entityId_idx" ON "Correction"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "Correction_incidentId_idx" ON "Correction"("incidentId");

-- CreateIndex
CREATE INDEX "Claim_chainId_idx" ON "Claim"("chainId");

-- CreateIndex
CREATE UNIQUE INDEX "FeedSource_slug_key" ON "FeedSource"("slug");

-- AddForeignKey
ALTER TABLE "Correction" ADD CONSTRAINT "Correction_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Claim.chainId: the id of the first claim of a revision chain. A trigger sets it on insert from
-- the claim being revised (or the claim's own id), so seed, ingest and admin writes all get it and
-- the claims ledger groups chains with an index instead of a recursive walk over every claim.
CREATE FUNCTION "claim_set_chain_id"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."revisesId" IS NULL THEN
    NEW."chainId" := NEW."id";
  ELSE
    SELECT COALESCE(c."chainId", c."id") INTO NEW."chainId" FROM "Claim" c WHERE c."id" = NEW."revisesId";
  END IF;
  RETURN NEW;
END;
$$;

CREATE TRIGGER "Claim_chainId" BEFORE INSERT OR UPDATE OF "revisesId" ON "Claim"
  FOR EACH ROW EXECUTE FUNCTION "claim_set_chain_id"();

-- Backfill existing chains (roots first, then each revision from the claim it revises).
WITH RECURSIVE chain AS (
  SELECT "id", "id" AS root FROM "Claim" WHERE "revisesId" IS NULL
  UNION ALL
  SELECT c."id", chain.root FROM "Claim" c JOIN chain ON c."revisesId" = chain."id"
)
UPDATE "Claim" SET "chainId" = chain.root FROM chain WHERE "Claim"."id" = chain."id";
