// The pieces of an admin list page: the heading with its "New …" button and the list streamed in
// behind a skeleton, the GET filter form (filters live in the URL, so a view can be reloaded and
// shared), the drafts/published filter, and the table with its empty state.
import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { z } from "zod";
import { PageSkeleton } from "@/components/page-skeleton";

export function AdminListPage({
  title,
  newHref,
  newLabel,
  also,
  intro,
  loading,
  children,
}: {
  title: string;
  newHref: string;
  newLabel: string;
  /** A link to a related list, after the button. */
  also?: ReactNode;
  /** A paragraph between the button and the list. */
  intro?: ReactNode;
  /** The skeleton's label while the list loads ("Loading claims"). */
  loading: string;
  children: ReactNode;
}) {
  return (
    <section>
      <h1>{title}</h1>
      <p>
        <Link className="button" href={newHref}>
          {newLabel}
        </Link>
        {also ? <> · {also}</> : null}
      </p>
      {intro}
      <Suspense fallback={<PageSkeleton label={loading} />}>{children}</Suspense>
    </section>
  );
}

export function FilterForm({ label, children }: { label: string; children: ReactNode }) {
  return (
    <form className="filters" method="get" aria-label={label}>
      {children}
      <div className="filter-actions">
        <button type="submit">Filter</button>
      </div>
    </form>
  );
}

const DRAFT_STATUSES = ["all", "draft", "published"] as const;
const DRAFT_STATUS_LABELS: Record<(typeof DRAFT_STATUSES)[number], string> = {
  all: "Drafts and published",
  draft: "Drafts only",
  published: "Published only",
};

/** The query of a list that holds drafts: `?status=`; a missing or unknown value shows both. */
export const draftListQuery = z.object({ status: z.enum(DRAFT_STATUSES).catch("all") });

/** The filter form of a list that holds drafts; `children` are the list's own filters, after it. */
export function DraftStatusFilter({
  label,
  status,
  children,
}: {
  label: string;
  status: z.infer<typeof draftListQuery>["status"];
  children?: ReactNode;
}) {
  return (
    <FilterForm label={label}>
      <label>
        Show
        <select name="status" defaultValue={status}>
          {DRAFT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {DRAFT_STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      {children}
    </FilterForm>
  );
}

/** A record's state in a list: published, or a draft; "revised" once a later figure replaces it. */
export function PublicationCell({ published, revised = false }: { published: boolean; revised?: boolean }) {
  return (
    <td>
      {published ? "published" : <span className="badge">draft</span>}
      {revised ? <span className="badge">revised</span> : null}
    </td>
  );
}

type Column = string | { label: string; numeric: true };

/** A list's table, or `empty` when there is no row. The caption is for screen readers. */
export function AdminTable<Row>({
  caption,
  columns,
  rows,
  row,
  empty,
}: {
  caption: string;
  columns: Column[];
  rows: Row[];
  /** One row's <tr>, with its key. */
  row: (row: Row) => ReactNode;
  empty: ReactNode;
}) {
  if (rows.length === 0) return <p className="empty">{empty}</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.label} scope="col" className="num">
                  {column.label}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{rows.map(row)}</tbody>
      </table>
    </div>
  );
}
