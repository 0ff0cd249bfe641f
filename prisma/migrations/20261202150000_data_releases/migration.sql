-- CreateTable
CREATE TABLE "DataRelease" (
    "id" TEXT NOT NULL,
    "cutAt" TIMESTAMP(3) NOT NULL,
    "contentHash" TEXT NOT NULL,
    "previousId" TEXT,
    "datapackage" TEXT NOT NULL,
    "changelog" TEXT NOT NULL,

    CONSTRAINT "DataRelease_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DataReleaseFile" (
    "releaseId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "content" BYTEA NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "rows" INTEGER,

    CONSTRAINT "DataReleaseFile_pkey" PRIMARY KEY ("releaseId","name")
);

-- CreateIndex
CREATE UNIQUE INDEX "DataRelease_previousId_key" ON "DataRelease"("previousId");

-- CreateIndex
CREATE INDEX "DataRelease_cutAt_idx" ON "DataRelease"("cutAt");

-- AddForeignKey
ALTER TABLE "DataRelease" ADD CONSTRAINT "DataRelease_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "DataRelease"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- AddForeignKey
ALTER TABLE "DataReleaseFile" ADD CONSTRAINT "DataReleaseFile_releaseId_fkey" FOREIGN KEY ("releaseId") REFERENCES "DataRelease"("id") ON DELETE RESTRICT ON UPDATE RESTRICT;

-- Hand-written: releases are never rewritten. A release is cited by its name; whoever cites it
-- must get the same bytes forever, so neither table accepts an UPDATE, a DELETE or a TRUNCATE,
-- whoever the writer (the app, a script, psql). A correction is a new release on a later day.
-- (Dropping the schema, as `prisma migrate reset` does, is not a rewrite and is not refused.)
CREATE FUNCTION data_release_refuse_rewrite() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'releases are never rewritten: % on "%" refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'integrity_constraint_violation',
          HINT = 'Cut a new release instead (npm run data:release).';
END;
$$;

CREATE TRIGGER "DataRelease_never_rewritten"
  BEFORE UPDATE OR DELETE ON "DataRelease"
  FOR EACH ROW EXECUTE FUNCTION data_release_refuse_rewrite();

CREATE TRIGGER "DataRelease_never_truncated"
  BEFORE TRUNCATE ON "DataRelease"
  FOR EACH STATEMENT EXECUTE FUNCTION data_release_refuse_rewrite();

CREATE TRIGGER "DataReleaseFile_never_rewritten"
  BEFORE UPDATE OR DELETE ON "DataReleaseFile"
  FOR EACH ROW EXECUTE FUNCTION data_release_refuse_rewrite();

CREATE TRIGGER "DataReleaseFile_never_truncated"
  BEFORE TRUNCATE ON "DataReleaseFile"
  FOR EACH STATEMENT EXECUTE FUNCTION data_release_refuse_rewrite();
