import type { Metadata } from "next";
import Link from "next/link";
import {
  AdminListPage,
  AdminTable,
  DraftStatusFilter,
  PublicationCell,
  draftListQuery,
} from "@/components/admin/admin-list";
import { requirePageViewer } from "@/lib/auth/viewer";
import { listClaimsForAdmin } from "@/lib/claims/claim-admin-queries";
import { getDb } from "@/lib/db";
import { isoDay } from "@/lib/dates";
import { METRIC_LABELS, SUBJECT_LABELS, formatFigure, labelOf } from "@/lib/vocabulary";
import type { SearchParamsProps } from "../query-params";

export const metadata: Metadata = { title: "Claims" };

async function ClaimList({ searchParams }: SearchParamsProps) {
  const viewer = await requirePageViewer("EDITOR");
  const { status } = draftListQuery.parse(await searchParams);
  const rows = await listClaimsForAdmin(getDb(), viewer, { status });
  return (
    <>
      <DraftStatusFilter label="Filter claims" status={status} />
      <AdminTable
        caption="Claims, most recently changed first"
        columns={["Claimant", "Figure", "About", "Made on", "State"]}
        rows={rows}
        empty="No claims match."
        row={(c) => (
          <tr key={c.id}>
            <td>
              <Link href={`/admin/claims/${c.id}`}>{c.claimant.name}</Link>
            </td>
            <td>
              {labelOf(SUBJECT_LABELS, c.subject)}, {labelOf(METRIC_LABELS, c.metric)}:{" "}
              <span className="figure">{formatFigure(c)}</span>
              {c.revisesId ? <div className="muted small">revision</div> : null}
            </td>
            <td>
              {c.incident ? (
                <Link href={`/admin/incidents/${c.incident.id}`}>{c.incident.title}</Link>
              ) : (
                (c.episode?.name ?? "a period")
              )}
            </td>
            <td className="nowrap">{isoDay(c.madeOn)}</td>
            <PublicationCell published={c.published} revised={Boolean(c.revisedBy)} />
          </tr>
        )}
      />
    </>
  );
}

export default function ClaimsAdminPage(props: SearchParamsProps) {
  return (
    <AdminListPage title="Claims" newHref="/admin/claims/new" newLabel="New claim" loading="Loading claims">
      <ClaimList {...props} />
    </AdminListPage>
  );
}
