import type { Metadata } from "next";
import { Suspense } from "react";
import { z } from "zod";
import { ClaimForm } from "@/components/admin/forms/claim-form";
import { PageSkeleton } from "@/components/page-skeleton";
import { getClaimFormOptions } from "@/lib/admin/claim-form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getClaimForEdit } from "@/lib/claims/claim-admin-queries";
import { getDb } from "@/lib/db";
import { recordIdParam, type SearchParamsProps } from "../../query-params";
import { saveClaimAction } from "../actions";

export const metadata: Metadata = { title: "New claim" };

const query = z.object({ incident: recordIdParam, revises: recordIdParam });

async function NewClaim({ searchParams }: SearchParamsProps) {
  const viewer = await requirePageViewer("EDITOR");
  const { incident, revises } = query.parse(await searchParams);
  const db = getDb();
  const revised = revises ? await getClaimForEdit(db, viewer, revises) : null;
  const options = await getClaimFormOptions(db, viewer, { incidentId: incident ?? revised?.incidentId ?? undefined });
  // A revision starts from the claim it revises (same claimant, subject, metric and scope).
  const initial = revised
    ? {
        ...revised,
        id: undefined,
        version: undefined,
        published: undefined,
        revisesId: revised.id,
        quote: "",
        note: "",
        madeOn: "",
      }
    : incident
      ? { scopeKind: "incident", incidentId: incident }
      : null;
  return <ClaimForm action={saveClaimAction} claim={initial} options={options} />;
}

export default function NewClaimPage(props: SearchParamsProps) {
  return (
    <section>
      <h1>New claim</h1>
      <p className="muted">
        One claimant’s figure for one subject and metric. Figures are never merged: each party’s claim is its own
        record.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading the form" />}>
        <NewClaim {...props} />
      </Suspense>
    </section>
  );
}
