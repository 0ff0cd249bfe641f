import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { ClaimForm } from "@/components/admin/forms/claim-form";
import { PublishForm } from "@/components/admin/forms/publish-form";
import { SavedMessage } from "@/components/admin/saved-message";
import { PageSkeleton } from "@/components/page-skeleton";
import { getClaimFormOptions } from "@/lib/admin/claim-form-options";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getClaimForEdit } from "@/lib/claims/claim-admin-queries";
import { getDb } from "@/lib/db";
import { publishClaimAction, saveClaimAction } from "../actions";

export const metadata: Metadata = { title: "Edit claim" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function EditClaim({ params, searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const { id } = await params;
  const saved = (await searchParams).saved;
  const db = getDb();
  const claim = await getClaimForEdit(db, viewer, id);
  if (!claim) notFound();
  const options = await getClaimFormOptions(db, viewer, { incidentId: claim.incidentId ?? undefined });
  const scopeKind = claim.incidentId ? "incident" : claim.episodeId ? "episode" : "period";
  return (
    <>
      <h1>Claim</h1>
      <SavedMessage saved={saved} what="claim" />
      <p>
        {claim.published ? "Published" : <span className="badge">draft</span>} · version {claim.version}
        {claim.incidentId ? (
          <>
            {" "}
            · <Link href={`/admin/incidents/${claim.incidentId}`}>its incident</Link>
          </>
        ) : null}
        {" · "}
        <Link href={`/admin/claims/${id}/history`}>history</Link>
        {" · "}
        <Link href={`/admin/claims/new?revises=${id}`}>Revise this figure (new dated claim)</Link>
      </p>
      <PublishForm
        key={`p${claim.version}`}
        action={publishClaimAction}
        id={id}
        version={claim.version}
        published={claim.published}
        what="claim"
      />
      <h2>Edit</h2>
      <p className="muted">
        Use “Revise this figure” when the claimant changed its figure; edit here only to fix an entry mistake.
      </p>
      <ClaimForm key={`f${claim.version}`} action={saveClaimAction} claim={{ ...claim, scopeKind }} options={options} />
    </>
  );
}

export default function EditClaimPage(props: Props) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the claim" />}>
        <EditClaim {...props} />
      </Suspense>
    </section>
  );
}
