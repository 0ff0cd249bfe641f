import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import {
  AdminListPage,
  AdminTable,
  DraftStatusFilter,
  PublicationCell,
  draftListQuery,
} from "@/components/admin/admin-list";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { isoDay } from "@/lib/dates";
import { listIncidentsForAdmin } from "@/lib/incidents/incident-admin-queries";
import type { SearchParamsProps } from "../query-params";

export const metadata: Metadata = { title: "Incidents" };

const query = draftListQuery.extend({
  q: z.string().trim().max(100).optional().catch(undefined),
});

async function IncidentList({ searchParams }: SearchParamsProps) {
  const viewer = await requirePageViewer("EDITOR");
  const { status, q } = query.parse(await searchParams);
  const rows = await listIncidentsForAdmin(getDb(), viewer, { status, q });
  return (
    <>
      <DraftStatusFilter label="Filter incidents" status={status}>
        <label>
          Title contains
          <input name="q" defaultValue={q ?? ""} />
        </label>
      </DraftStatusFilter>
      <AdminTable
        caption="Incidents, most recently changed first"
        columns={[
          "Title",
          "Date",
          "Country",
          "State",
          { label: "Sources", numeric: true },
          { label: "Claims", numeric: true },
          "History",
        ]}
        rows={rows}
        empty="No incidents match."
        row={(i) => (
          <tr key={i.id}>
            <td>
              <Link href={`/admin/incidents/${i.id}`}>{i.title}</Link>
            </td>
            <td className="nowrap">{isoDay(i.occurredOn)}</td>
            <td>{i.country}</td>
            <PublicationCell published={i.published} />
            <td className="num">{i._count.citations}</td>
            <td className="num">{i._count.claims}</td>
            <td>
              <Link href={`/admin/incidents/${i.id}/history`}>history</Link>
            </td>
          </tr>
        )}
      />
    </>
  );
}

export default function IncidentsAdminPage(props: SearchParamsProps) {
  return (
    <AdminListPage title="Incidents" newHref="/admin/incidents/new" newLabel="New incident" loading="Loading incidents">
      <IncidentList {...props} />
    </AdminListPage>
  );
}
