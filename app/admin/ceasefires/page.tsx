import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { listCeasefiresForAdmin } from "@/lib/mediation/admin-queries";

export const metadata: Metadata = { title: "Ceasefires" };

async function Ceasefires() {
  const viewer = await requirePageViewer("EDITOR");
  const rows = await listCeasefiresForAdmin(getDb(), viewer);
  if (!rows.length)
    return (
      <p className="empty">
        No ceasefire yet. <Link href="/admin/ceasefires/new">Add the first one</Link>.
      </p>
    );
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Ceasefires, drafts included</caption>
        <thead>
          <tr>
            <th scope="col">Ceasefire</th>
            <th scope="col">Starts</th>
            <th scope="col">Ended</th>
            <th scope="col" className="num">
              Citations
            </th>
            <th scope="col">Visibility</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((c) => (
            <tr key={c.id}>
              <td>
                <Link href={`/admin/ceasefires/${c.id}`}>{c.name}</Link>
              </td>
              <td className="nowrap">{c.startsOn}</td>
              <td>{c.endedOn ? `${c.endedOn} (${c.endedHow?.toLowerCase() ?? "?"})` : "In force"}</td>
              <td className="num">{c.citations}</td>
              <td>{c.published ? "Published" : "Draft"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function AdminCeasefiresPage() {
  return (
    <section>
      <h1>Ceasefires</h1>
      <p>
        <Link className="button" href="/admin/ceasefires/new">
          New ceasefire
        </Link>{" "}
        · <Link href="/admin/mediation">Mediation tracks</Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading ceasefires" />}>
        <Ceasefires />
      </Suspense>
    </section>
  );
}
