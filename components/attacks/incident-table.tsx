import Link from "next/link";
import type { IncidentListItem, IncidentSort } from "@/lib/incidents/incident-queries";
import { INCIDENT_TYPE_LABELS, PRECISION_NOTE, TARGET_TYPE_LABELS, labelOf } from "@/lib/vocabulary";

type Props = {
  items: IncidentListItem[];
  total: number;
  page: number;
  pageSize: number;
  sort: IncidentSort;
  hrefFor: (patch: Record<string, string | number | undefined>) => string;
};

const SORT_COLUMNS: { label: string; asc?: IncidentSort; desc?: IncidentSort }[] = [
  { label: "Date", asc: "date-asc", desc: "date-desc" },
  { label: "Incident" },
  { label: "Place", asc: "province" },
  { label: "Type", asc: "type" },
  { label: "Target" },
  { label: "Sources" },
];

export function IncidentTable({ items, total, page, pageSize, sort, hrefFor }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title">Incidents ({total})</h2>
      {items.length === 0 ? (
        <p className="empty">No attacks match these filters.</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="incident-table">
            <thead>
              <tr>
                {SORT_COLUMNS.map((column) => {
                  const active = sort === column.asc || sort === column.desc;
                  const next = column.desc && sort === column.desc ? column.asc : (column.desc ?? column.asc);
                  return (
                    <th
                      key={column.label}
                      scope="col"
                      aria-sort={
                        active
                          ? sort === column.asc && column.desc
                            ? "ascending"
                            : sort === column.desc
                              ? "descending"
                              : "ascending"
                          : undefined
                      }
                    >
                      {next ? (
                        <Link href={hrefFor({ sort: next === "date-desc" ? undefined : next, page: undefined })}>
                          {column.label}
                          {active ? (sort === column.desc ? " ↓" : " ↑") : ""}
                        </Link>
                      ) : (
                        column.label
                      )}
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {items.map((incident) => (
                <tr key={incident.id}>
                  <td className="nowrap">
                    {incident.occurredOn}
                    {PRECISION_NOTE[incident.datePrecision]}
                  </td>
                  <td>
                    <Link href={`/incidents/${incident.id}`}>{incident.title}</Link>
                  </td>
                  <td>
                    {[incident.districtName, incident.provinceName].filter(Boolean).join(", ") ||
                      "Pakistan (place not reported)"}
                    {incident.exFata ? " (ex-FATA)" : ""}
                  </td>
                  <td>{labelOf(INCIDENT_TYPE_LABELS, incident.type)}</td>
                  <td>{labelOf(TARGET_TYPE_LABELS, incident.targetType)}</td>
                  <td className="num">{incident.sourceCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label="Incident pages" className="pager">
          {page > 1 ? (
            <Link href={hrefFor({ page: page - 1 === 1 ? undefined : page - 1 })} rel="prev">
              ← Previous
            </Link>
          ) : (
            <span />
          )}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? (
            <Link href={hrefFor({ page: page + 1 })} rel="next">
              Next →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      )}
    </section>
  );
}
