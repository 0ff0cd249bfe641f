import Link from "next/link";
import type { IncidentListItem, IncidentSort } from "@/lib/incidents/incident-queries";
import { INCIDENT_TYPE_LABELS, PRECISION_NOTE, TARGET_TYPE_LABELS, labelOf } from "@/lib/vocabulary";

type Props = {
  items: IncidentListItem[]; total: number; page: number; pageSize: number; sort: IncidentSort;
  hrefFor: (patch: Record<string, string | number | undefined>) => string;
};

const SORT_COLUMNS: { label: string; asc?: IncidentSort; desc?: IncidentSort }[] = [
  { label: "Date", asc: "date-asc", desc: "date-desc" }, { label: "Incident" }, { label: "Place", asc: "province" },
  { label: "Type", asc: "type" }, { label: "Target" }, { label: "Sources" },
];

export function IncidentTable({ items, total, page, pageSize, sort, hrefFor }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">Incidents ({total})</h2>
      {items.length === 0 ? <p className="empty">No attacks match these filters.</p> : (
        <div className="table-scroll" tabIndex={0}>
          <table className="incident-table">
            <thead>
              <tr>
                {SORT_COLUMNS.map((c) => {
                  const active = sort === c.asc || sort === c.desc;
                  const next = c.desc && sort === c.desc ? c.asc : (c.desc ?? c.asc);
                  return (
                    <th key={c.label} scope="col" aria-sort={active ? (sort === c.asc && c.desc ? "ascending" : sort === c.desc ? "descending" : "ascending") : undefined}>
                      {next ? <Link href={hrefFor({ sort: next === "date-desc" ? undefined : next, page: undefined })}>{c.label}{active ? (sort === c.desc ? " ↓" : " ↑") : ""}</Link> : c.label}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.id}>
                  <td className="nowrap">{i.occurredOn}{PRECISION_NOTE[i.datePrecision]}</td>
                  <td><Link href={`/incidents/${i.id}`}>{i.title}</Link></td>
                  <td>{[i.districtName, i.provinceName].filter(Boolean).join(", ") || "Pakistan (place not reported)"}{i.exFata ? " (ex-FATA)" : ""}</td>
                  <td>{labelOf(INCIDENT_TYPE_LABELS, i.type)}</td>
                  <td>{labelOf(TARGET_TYPE_LABELS, i.targetType)}</td>
                  <td className="num">{i.sourceCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Incident pages" className="pager">
          {page > 1 ? <Link href={hrefFor({ page: page - 1 === 1 ? undefined : page - 1 })} rel="prev">← Previous</Link> : <span />}
          <span>Page {page} of {pages}</span>
          {page < pages ? <Link href={hrefFor({ page: page + 1 })} rel="next">Next →</Link> : <span />}
        </nav>
      )}
    </section>
  );
}
