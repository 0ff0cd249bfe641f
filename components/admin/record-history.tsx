// The history page of any audited record: its name, a link back, and every change (who, when,
// before → after). Reads the session and the database: render inside <Suspense>.
import Link from "next/link";
import { notFound } from "next/navigation";
import { describeRecord, listRecordHistory, type AuditedEntity } from "@/lib/audit/audit-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { HistoryTable } from "./history-table";

export async function RecordHistory({
  entityType,
  params,
  backHref,
}: {
  entityType: AuditedEntity;
  params: Promise<{ id: string }>;
  backHref: (id: string) => string;
}) {
  const viewer = await requirePageViewer("VIEWER");
  const { id } = await params;
  const db = getDb();
  const [name, entries] = await Promise.all([
    describeRecord(db, viewer, entityType, id),
    listRecordHistory(db, viewer, entityType, id),
  ]);
  if (name === null) notFound();
  // "PeriodCount" → "period count"
  const noun = entityType.replace(/(?<=[a-z])(?=[A-Z])/g, " ").toLowerCase();
  return (
    <>
      <h1>History: {name}</h1>
      <p>
        <Link href={backHref(id)}>Back to the {noun}</Link>
      </p>
      <HistoryTable entries={entries} caption={`Every change to this ${noun}, newest first`} />
    </>
  );
}
