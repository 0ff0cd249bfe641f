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
            {formId ? <th scope="col"><span className="sr-only">Select</span></th> : null}
            <th scope="col">Item</th><th scope="col">Source</th><th scope="col">Published</th><th scope="col">Suggestions</th><th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              {formId ? (
                <td>{r.status === "PENDING" ? <input type="checkbox" name="itemIds" value={r.id} form={formId} aria-label={`Select “${r.title}”`} /> : null}</td>
              ) : null}
              <td>
                <Link href={`/admin/review/${r.id}`}>{r.title}</Link>
                {r.excerpt ? <p className="muted small">{r.excerpt}{r.excerpt.length >= 280 ? "…" : ""}</p> : null}
                {formId && r.status === "PENDING" ? <p className="small"><Link href={`/admin/incidents/new?fromItem=${r.id}`}>Accept → new incident</Link></p> : null}
              </td>
              <td>{r.source.name}</td>
              <td className="nowrap">{r.publishedAt?.slice(0, 10) ?? "—"}</td>
              <td><SuggestionList s={r.suggestions} compact /></td>
              <td>
                {r.status.toLowerCase()}
                {r.decisionReason ? <p className="small muted">Reason: {r.decisionReason}</p> : null}
                {r.incidentId ? <p className="small"><Link href={`/incidents/${r.incidentId}`}>{r.incidentId}</Link></p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
