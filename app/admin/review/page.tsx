import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { ReviewDecisionForm } from "@/components/admin/review/review-decision-form";
import { ReviewFiltersForm } from "@/components/admin/review/review-filters-form";
import { ReviewTable } from "@/components/admin/review/review-table";
import { PageSkeleton } from "@/components/page-skeleton";
import { hasRole } from "@/lib/access/roles";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { readReviewView, reviewViewQuery, type SearchParams } from "@/lib/review/review-filters";
import { listFeedSourceChoices, listReviewItems, searchIncidentsForMerge } from "@/lib/review/review-queries";
import { decideItemsAction } from "./actions";

export const metadata: Metadata = { title: "Review queue" };

const FORM_ID = "review-decision";

async function Queue({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const viewer = await requirePageViewer("VIEWER");
  const sp = await searchParams;
  const { filters, invalid } = readReviewView(sp);
  const db = getDb();
  const canDecide = hasRole(viewer.role, "EDITOR");
  const incidentQ = typeof sp.incident === "string" ? sp.incident.slice(0, 200) : "";
  const [sources, page, incidents] = await Promise.all([
    listFeedSourceChoices(db, viewer),
    listReviewItems(db, viewer, filters),
    canDecide && incidentQ ? searchIncidentsForMerge(db, viewer, incidentQ) : Promise.resolve([]),
  ]);
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  const pending = page.rows.filter((r) => r.status === "PENDING");
  return (
    <>
      <ReviewFiltersForm filters={filters} sources={sources} />
      {invalid.length ? (
        <p className="notice" role="status">
          Ignored: {invalid.map((i) => `${i.param} (${i.message})`).join("; ")}.
        </p>
      ) : null}
      <p aria-live="polite">
        {page.total === 1 ? "1 item" : `${page.total} items`}
        {page.total > page.pageSize ? `, page ${page.page} of ${pages}` : ""}.
      </p>
      {page.rows.length === 0 ? (
        <p className="empty">No item matches these filters. New material arrives with each refresh run.</p>
      ) : (
        <>
          <ReviewTable rows={page.rows} formId={canDecide ? FORM_ID : undefined} />
          {pages > 1 ? (
            <nav className="pager" aria-label="Pages">
              {page.page > 1 ? (
                <Link href={`/admin/review${reviewViewQuery(filters, { page: page.page - 1 })}`}>← Newer</Link>
              ) : (
                <span />
              )}
              {page.page < pages ? (
                <Link href={`/admin/review${reviewViewQuery(filters, { page: page.page + 1 })}`}>Older →</Link>
              ) : (
                <span />
              )}
            </nav>
          ) : null}
        </>
      )}
      {canDecide && pending.length ? (
        <section aria-labelledby="decide">
          <h2 id="decide">Decide on the selected items</h2>
          <form method="get" action="/admin/review" className="inline-form" aria-label="Find an incident to merge into">
            {Object.entries({ ...filters, page: undefined }).map(([k, v]) =>
              v !== undefined ? <input key={k} type="hidden" name={k} value={String(v)} /> : null,
            )}
            <label htmlFor="incident-search">Find an incident</label>
            <input id="incident-search" type="search" name="incident" defaultValue={incidentQ} maxLength={200} />
            <button type="submit" className="secondary">
              Search
            </button>
          </form>
          {incidentQ ? (
            incidents.length ? (
              <ul className="small">
                {incidents.map((i) => (
                  <li key={i.id}>
                    <code>{i.id}</code> — {i.title} ({i.occurredOn}
                    {i.published ? "" : ", draft"})
                  </li>
                ))}
              </ul>
            ) : (
              <p className="muted">No incident matches “{incidentQ}”.</p>
            )
          ) : null}
          <ReviewDecisionForm
            action={decideItemsAction}
            formId={FORM_ID}
            incidents={incidents.map((i) => ({ id: i.id, label: `${i.occurredOn} · ${i.title}` }))}
            versions={Object.fromEntries(pending.map((r) => [r.id, r.version]))}
          />
        </section>
      ) : null}
      {!canDecide ? <p className="muted">Your role can read the queue; editors decide on items.</p> : null}
    </>
  );
}

export default function ReviewQueuePage(props: { searchParams: Promise<SearchParams> }) {
  return (
    <section>
      <h1>Review queue</h1>
      <p className="muted">
        Material from the news and dataset feeds that is not yet on record. Nothing here is public. Accept an item into
        a new incident, merge it into one already on record, or reject it with a reason.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading the review queue" />}>
        <Queue {...props} />
      </Suspense>
    </section>
  );
}
