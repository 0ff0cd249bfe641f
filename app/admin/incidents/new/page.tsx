import type { Metadata } from "next";
import { Suspense } from "react";
import { z } from "zod";
import { IncidentForm } from "@/components/admin/forms/incident-form";
import { PageSkeleton } from "@/components/page-skeleton";
import { getIncidentFormOptions } from "@/lib/admin/incident-form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { prefillFromItem } from "@/lib/incidents/review-handoff";
import { recordIdParam, type SearchParamsProps } from "../../query-params";
import { saveIncidentAction } from "../actions";

export const metadata: Metadata = { title: "New incident" };

const query = z.object({ fromItem: recordIdParam });

async function NewIncident({ searchParams }: SearchParamsProps) {
  const viewer = await requirePageViewer("EDITOR");
  const { fromItem } = query.parse(await searchParams);
  const [options, prefill] = await Promise.all([
    getIncidentFormOptions(getDb(), viewer),
    fromItem ? prefillFromItem(getDb(), viewer, fromItem) : null,
  ]);
  return (
    <>
      {fromItem ? (
        <p className="notice">
          From review item {fromItem}:{" "}
          {prefill
            ? "fields are prefilled from it; check each against the source."
            : "no suggestions could be read from it."}{" "}
          Saving marks the item accepted.
        </p>
      ) : null}
      <IncidentForm action={saveIncidentAction} incident={prefill} options={options} fromItem={fromItem} />
    </>
  );
}

export default function NewIncidentPage(props: SearchParamsProps) {
  return (
    <section>
      <h1>New incident</h1>
      <p className="muted">
        Saved as a draft unless you publish it. Drafts are never shown on public pages or in the API.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading the form" />}>
        <NewIncident {...props} />
      </Suspense>
    </section>
  );
}
