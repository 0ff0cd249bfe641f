import Link from "next/link";
import type { ReviewRow } from "@/lib/review/review-queries";
import { SuggestionList } from "./suggestion-list";

/** The queue as a table. With `formId` (editors) each pending row has a checkbox that belongs to
 *  the decision form below the table; without it (viewers) the table is read-only. */
export function ReviewTable({ rows, formId }: { rows: ReviewRow[]; formId?: string }) {
  return (
    <div className="table-scroll">
      <table className="review-table">
        <caption className="sr-only">Ingested items awaiting review, newest first</caption>
        <thead>
          <tr>
            {formId ? (
              <th scope="col">
                <span className="sr-only">Select</span>
              </th>
            ) : null}
            <th scope="col">Item</th>
            <th scope="col">Source</th>
            <th scope="col">Published</th>
            <th scope="col">Suggestions</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              {formId ? (
                <td>
                  {row.status === "PENDING" ? (
                    <input
                      type="checkbox"
                      name="itemIds"
                      value={row.id}
                      form={formId}
                      aria-label={`Select “${row.title}”`}
                    />
                  ) : null}
                </td>
              ) : null}
              <td>
                <Link href={`/admin/review/${row.id}`}>{row.title}</Link>
                {row.excerpt ? (
                  <p className="muted small">
                    {row.excerpt}
                    {row.excerpt.length >= 280 ? "…" : ""}
                  </p>
                ) : null}
                {formId && row.status === "PENDING" ? (
                  <p className="small">
                    <Link href={`/admin/incidents/new?fromItem=${row.id}`}>Accept → new incident</Link>
                    {row.suggestions?.periodCounts.length ? (
                      <>
                        {" · "}
                        <Link href={`/admin/counts/new?fromItem=${row.id}`}>Accept → new period count</Link>
                      </>
                    ) : null}
                  </p>
                ) : null}
              </td>
              <td>{row.source.name}</td>
              <td className="nowrap">{row.publishedAt?.slice(0, 10) ?? "—"}</td>
              <td>
                <SuggestionList suggestions={row.suggestions} compact />
              </td>
              <td>
                {row.status.toLowerCase()}
                {row.decisionReason ? <p className="small muted">Reason: {row.decisionReason}</p> : null}
                {row.incidentId ? (
                  <p className="small">
                    <Link href={`/incidents/${row.incidentId}`}>{row.incidentId}</Link>
                  </p>
                ) : null}
                {row.periodCountId ? (
                  <p className="small">
                    <Link href={`/admin/counts/${row.periodCountId}`}>period count</Link>
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
