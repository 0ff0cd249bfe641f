-- CreateEnum
CREATE TYPE "CountPeriodKind" AS ENUM ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR', 'SPAN');

-- CreateEnum
CREATE TYPE "CountMetric" AS ENUM ('ATTACKS', 'SUICIDE_ATTACKS', 'INCIDENTS', 'KILLED', 'INJURED', 'CASUALTIES');

-- CreateEnum
CREATE TYPE "CountViolence" AS ENUM ('MILITANT_ATTACKS', 'SECURITY_OPERATIONS', 'ATTACKS_AND_OPERATIONS', 'ALL_CONFLICT', 'CROSS_BORDER');

-- CreateEnum
CREATE TYPE "CountGroup" AS ENUM ('ALL', 'SECURITY_FORCES', 'CIVILIANS', 'MILITANTS', 'PEACE_COMMITTEE', 'SECURITY_FORCES_AND_CIVILIANS', 'AFGHAN_FORCES', 'CHILDREN', 'WOMEN');

-- CreateEnum
CREATE TYPE "CountRegion" AS ENUM ('PAKISTAN', 'KHYBER_PAKHTUNKHWA', 'KP_MAINLAND', 'KP_TRIBAL', 'BALOCHISTAN', 'SINDH', 'PUNJAB', 'AFGHANISTAN');

-- CreateTable
CREATE TABLE "PeriodCount" (
    "id" TEXT NOT NULL,
    "counterId" TEXT NOT NULL,
    "periodKind" "CountPeriodKind" NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "periodApproximate" BOOLEAN NOT NULL DEFAULT false,
    "metric" "CountMetric" NOT NULL,
    "violence" "CountViolence" NOT NULL,
    "group" "CountGroup" NOT NULL DEFAULT 'ALL',
    "region" "CountRegion" NOT NULL DEFAULT 'PAKISTAN',
    "area" TEXT,
    "term" TEXT NOT NULL,
    "valueLow" INTEGER NOT NULL,
    "valueHigh" INTEGER NOT NULL,
    "qualifier" "Qualifier" NOT NULL,
    "documentId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "lowConfidence" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,
    "revisesId" TEXT,
    "chainId" TEXT,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PeriodCount_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PeriodCount_revisesId_key" ON "PeriodCount"("revisesId");

-- CreateIndex
CREATE INDEX "PeriodCount_counterId_metric_periodKind_idx" ON "PeriodCount"("counterId", "metric", "periodKind");

-- CreateIndex
CREATE INDEX "PeriodCount_periodStart_idx" ON "PeriodCount"("periodStart");

-- CreateIndex
CREATE INDEX "PeriodCount_documentId_idx" ON "PeriodCount"("documentId");

-- CreateIndex
CREATE INDEX "PeriodCount_chainId_idx" ON "PeriodCount"("chainId");

-- AddForeignKey
ALTER TABLE "PeriodCount" ADD CONSTRAINT "PeriodCount_counterId_fkey" FOREIGN KEY ("counterId") REFERENCES "Actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodCount" ADD CONSTRAINT "PeriodCount_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeriodCount" ADD CONSTRAINT "PeriodCount_revisesId_fkey" FOREIGN KEY ("revisesId") REFERENCES "PeriodCount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- PeriodCount.chainId: the id of the first count of a revision chain, as for Claim (set on insert
-- from the count being revised, so the seed and the admin path both get it).
CREATE FUNCTION "period_count_set_chain_id"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."revisesId" IS NULL THEN
    NEW."chainId" := NEW."id";
  ELSE
    SELECT COALESCE(c."chainId", c."id") INTO NEW."chainId" FROM "PeriodCount" c WHERE c."id" = NEW."revisesId";
  END IF;
  RETURN NEW;
END;
$$;
ALTER FUNCTION "period_count_set_chain_id"() SET enable_seqscan = off;

CREATE TRIGGER "PeriodCount_chainId" BEFORE INSERT OR UPDATE OF "revisesId" ON "PeriodCount"
  FOR EACH ROW EXECUTE FUNCTION "period_count_set_chain_id"();
