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
import { listPeriodCountsForAdmin } from "@/lib/counts/count-admin-queries";
import {
  COUNT_GROUP_LABELS,
  COUNT_METRIC_LABELS,
  COUNT_REGION_LABELS,
  COUNT_VIOLENCE_LABELS,
  periodLabel,
} from "@/lib/counts/count-labels";
import { formatFigure } from "@/lib/vocabulary";
import { getDb } from "@/lib/db";
import { isoDay } from "@/lib/dates";
import { labelOf } from "@/lib/vocabulary";
import type { SearchParamsProps } from "../query-params";

export const metadata: Metadata = { title: "Period counts" };

async function CountList({ searchParams }: SearchParamsProps) {
  const viewer = await requirePageViewer("EDITOR");
  const { status } = draftListQuery.parse(await searchParams);
  const rows = await listPeriodCountsForAdmin(getDb(), viewer, { status });
  return (
    <>
      <DraftStatusFilter label="Filter counts" status={status} />
      <AdminTable
        caption="Period counts, most recently changed first"
        columns={["Counter", "Period", "Figure", "Region", "State"]}
        rows={rows}
        empty="No counts match."
        row={(c) => (
          <tr key={c.id}>
            <td>
              <Link href={`/admin/counts/${c.id}`}>{c.counter.shortName ?? c.counter.name}</Link>
            </td>
            <td className="nowrap">
              {periodLabel({
                periodKind: c.periodKind,
                periodStart: isoDay(c.periodStart),
                periodEnd: isoDay(c.periodEnd),
                periodApproximate: c.periodApproximate,
              })}
            </td>
            <td>
              {labelOf(COUNT_METRIC_LABELS, c.metric)}
              {c.group === "ALL" ? "" : ` (${labelOf(COUNT_GROUP_LABELS, c.group)})`}{" "}
              {labelOf(COUNT_VIOLENCE_LABELS, c.violence)}: <span className="figure">{formatFigure(c)}</span>
              <div className="muted small">“{c.term}”</div>
              {c.revisesId ? <div className="muted small">revision</div> : null}
            </td>
            <td>{labelOf(COUNT_REGION_LABELS, c.region)}</td>
            <PublicationCell published={c.published} revised={Boolean(c.revisedBy)} />
          </tr>
        )}
      />
    </>
  );
}

export default function CountsAdminPage(props: SearchParamsProps) {
  return (
    <AdminListPage title="Period counts" newHref="/admin/counts/new" newLabel="New count" loading="Loading counts">
      <CountList {...props} />
    </AdminListPage>
  );
}
