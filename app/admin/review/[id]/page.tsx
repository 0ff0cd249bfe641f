import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Fragment, Suspense } from "react";
import { ReviewDecisionForm } from "@/components/admin/review/review-decision-form";
import { SuggestionList } from "@/components/admin/review/suggestion-list";
import { PageSkeleton } from "@/components/page-skeleton";
import { hasRole } from "@/lib/access/roles";
import { periodLabel } from "@/lib/counts/count-labels";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { getReviewItem } from "@/lib/review/review-queries";
import { formatFigure } from "@/lib/vocabulary";
import { decideItemsAction } from "../actions";

export const metadata: Metadata = { title: "Review item" };

const safeHref = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null);

async function Item({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requirePageViewer("VIEWER");
  const { id } = await params;
  const item = await getReviewItem(getDb(), viewer, id);
  if (!item) notFound();
  const canDecide = hasRole(viewer.role, "EDITOR") && item.status === "PENDING";
  const href = safeHref(item.url);
  return (
    <>
      <h1>{item.title}</h1>
      <dl className="facts">
        <dt>Source</dt>
        <dd>
          {item.source.name} ({item.source.kind})
        </dd>
        <dt>Published</dt>
        <dd>{item.publishedAt?.slice(0, 10) ?? "—"}</dd>
        <dt>Link</dt>
        <dd>
          {href ? (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {item.url}
            </a>
          ) : (
            (item.url ?? "—")
          )}
        </dd>
        <dt>Status</dt>
        <dd>
          {item.status.toLowerCase()}
          {item.decision ? (
            <>
              {" "}
              · {item.decision.by ?? "someone"}, {item.decision.at.slice(0, 10)}
              {item.decision.reason ? ` — “${item.decision.reason}”` : ""}
            </>
          ) : null}
          {item.decision?.incidentId ? (
            <>
              {" "}
              · <Link href={`/incidents/${item.decision.incidentId}`}>{item.decision.incidentId}</Link>
            </>
          ) : null}
          {item.decision?.periodCountId ? (
            <>
              {" "}
              · <Link href={`/admin/counts/${item.decision.periodCountId}`}>the period count</Link>
            </>
          ) : null}
        </dd>
      </dl>
      {canDecide ? (
        <p>
          <Link className="button" href={`/admin/incidents/new?fromItem=${item.id}`}>
            Accept → new incident
          </Link>
          {item.suggestions?.periodCounts.map((count, index) => (
            <Fragment key={index}>
              {" "}
              <Link className="button secondary" href={`/admin/counts/new?fromItem=${item.id}&suggestion=${index}`}>
                Accept → period count: {count.counterText}, {periodLabel(count)}, {formatFigure(count)} {count.term}
              </Link>
            </Fragment>
          ))}
        </p>
      ) : null}
      <h2>Suggestions</h2>
      {item.suggestions ? (
        <SuggestionList suggestions={item.suggestions} />
      ) : item.suggestionsJson ? (
        <pre className="raw-text">{item.suggestionsJson}</pre>
      ) : (
        <p className="muted">No suggestions.</p>
      )}
      <h2>Text</h2>
      {item.body ? <pre className="raw-text">{item.body}</pre> : <p className="muted">The feed gave no text.</p>}
      <details>
        <summary>Raw payload as received</summary>
        <pre className="raw-text">{item.raw}</pre>
      </details>
      {canDecide ? (
        <section aria-labelledby="decide">
          <h2 id="decide">Reject or merge</h2>
          <ReviewDecisionForm
            action={decideItemsAction}
            formId="item-decision"
            incidents={[]}
            item={{ id: item.id, version: item.version }}
            versions={{ [item.id]: item.version }}
          />
        </section>
      ) : null}
    </>
  );
}

export default function ReviewItemPage(props: { params: Promise<{ id: string }> }) {
  return (
    <section>
      <p>
        <Link href="/admin/review">← Review queue</Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading the item" />}>
        <Item {...props} />
      </Suspense>
    </section>
  );
}
