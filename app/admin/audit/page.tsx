import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { z } from "zod";
import { AdminTable, FilterForm } from "@/components/admin/admin-list";
import { PageSkeleton } from "@/components/page-skeleton";
import { listRecentAudit } from "@/lib/audit/audit-queries";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const ENTITY_TYPES = [
  "Incident",
  "Claim",
  "Document",
  "Source",
  "Actor",
  "Place",
  "MediationTrack",
  "MediationEvent",
  "Ceasefire",
  "IngestedItem",
  "User",
  "Session",
] as const;
const query = z.object({ type: z.enum(ENTITY_TYPES).optional().catch(undefined) });
const EDIT_PATHS: Record<string, string> = {
  Incident: "incidents",
  Claim: "claims",
  Document: "documents",
  Source: "sources",
  Actor: "actors",
  Place: "places",
};

async function AuditLog({ searchParams }: Props) {
  const viewer = await requirePageViewer("VIEWER");
  const { type } = query.parse(await searchParams);
  const rows = await listRecentAudit(getDb(), viewer, { limit: 200, entityType: type });
  return (
    <>
      <FilterForm label="Filter the audit log">
        <label>
          Record type
          <select name="type" defaultValue={type ?? ""}>
            <option value="">All</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
      </FilterForm>
      <AdminTable
        caption="The latest 200 changes, newest first"
        columns={["When (UTC)", "Who", "Action", "Record"]}
        rows={rows}
        empty="No changes recorded."
        row={(r) => (
          <tr key={r.id}>
            <td className="nowrap">{r.at.slice(0, 16).replace("T", " ")}</td>
            <td>{r.userName ?? "system"}</td>
            <td>{r.action}</td>
            <td>
              {r.entityType}{" "}
              {EDIT_PATHS[r.entityType] ? (
                <Link href={`/admin/${EDIT_PATHS[r.entityType]}/${r.entityId}/history`}>{r.entityId}</Link>
              ) : (
                <span className="muted">{r.entityId}</span>
              )}
            </td>
          </tr>
        )}
      />
    </>
  );
}

export default function AuditPage(props: Props) {
  return (
    <section>
      <h1>Audit log</h1>
      <p className="muted">
        Every change is recorded in the same transaction as the change: who, when, the record, and its state before and
        after.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading the audit log" />}>
        <AuditLog {...props} />
      </Suspense>
    </section>
  );
}
