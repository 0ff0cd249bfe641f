import type { Metadata } from "next";
import { Suspense } from "react";
import { z } from "zod";
import { CountForm } from "@/components/admin/forms/count-form";
import { PageSkeleton } from "@/components/page-skeleton";
import { getCountFormOptions } from "@/lib/admin/count-form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getPeriodCountForEdit } from "@/lib/counts/count-admin-queries";
import { getDb } from "@/lib/db";
import { prefillCountFromItem, type CountPrefill } from "@/lib/review/count-prefill";
import { recordIdParam, type SearchParamsProps } from "../../query-params";
import { saveCountAction } from "../actions";

export const metadata: Metadata = { title: "New count" };

const query = z.object({
  revises: recordIdParam,
  fromItem: recordIdParam,
  /** Which of the item's suggested counts to start from. */
  suggestion: z.coerce.number().int().min(0).max(50).catch(0),
});

function ItemNotice({ fromItem, prefill }: { fromItem: string; prefill: CountPrefill | null }) {
  const read = prefill && Object.keys(prefill.values).length > 0;
  return (
    <p className="notice">
      From review item {fromItem}:{" "}
      {read ? "fields are prefilled from it; check each against the source." : "no count could be read from it."}
      {prefill && !prefill.document.documentId
        ? ` No document on record has its URL (${prefill.document.url ?? "none"}): add it first, or choose another.`
        : ""}{" "}
      Saving marks the item accepted.
    </p>
  );
}

async function NewCount({ searchParams }: SearchParamsProps) {
  const viewer = await requirePageViewer("EDITOR");
  const { revises, fromItem, suggestion } = query.parse(await searchParams);
  const db = getDb();
  const [revised, prefill, options] = await Promise.all([
    revises ? getPeriodCountForEdit(db, viewer, revises) : null,
    fromItem ? prefillCountFromItem(db, viewer, fromItem, suggestion) : null,
    getCountFormOptions(db, viewer),
  ]);
  // A revision starts from the count it revises (same counter, period and measure); the counter's
  // new words, document and quote are the editor's to enter.
  const initial = revised
    ? {
        ...revised,
        id: undefined,
        version: undefined,
        published: undefined,
        revisedById: undefined,
        revisesId: revised.id,
        documentId: "",
        quote: "",
        note: "",
        lowConfidence: false,
      }
    : (prefill?.values ?? null);
  // The list of revisable counts is capped: the one being revised is always offered.
  if (revised && !options.revisable.some((option) => option.value === revised.id))
    options.revisable.unshift({
      value: revised.id,
      label: `The count revised (${revised.periodStart}, ${revised.term})`,
    });
  return (
    <>
      {fromItem ? <ItemNotice fromItem={fromItem} prefill={prefill} /> : null}
      <CountForm action={saveCountAction} count={initial} options={options} fromItem={prefill?.fromItem} />
    </>
  );
}

export default function NewCountPage(props: SearchParamsProps) {
  return (
    <section>
      <h1>New period count</h1>
      <p className="muted">
        One counter’s published figure for one period. Figures are never added up or merged: each counter’s count, in
        its own words, is its own record.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading the form" />}>
        <NewCount {...props} />
      </Suspense>
    </section>
  );
}
