import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { CeasefireForm } from "@/components/admin/mediation/ceasefire-form";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { getCeasefireForEdit, getMediationFormChoices } from "@/lib/mediation/admin-queries";
import { saveCeasefireAction } from "../../mediation/actions";

export const metadata: Metadata = { title: "Edit ceasefire" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

async function EditCeasefire({ params, searchParams }: Props) {
  const viewer = await requirePageViewer("EDITOR");
  const [{ id }, sp] = await Promise.all([params, searchParams]);
  const db = getDb();
  const [ceasefire, c] = await Promise.all([getCeasefireForEdit(db, viewer, id), getMediationFormChoices(db, viewer)]);
  if (!ceasefire) notFound();
  return (
    <>
      <h1>{ceasefire.name}</h1>
      {sp.saved ? (
        <p role="status" className="form-ok">
          Ceasefire saved.
        </p>
      ) : null}
      <p className="muted">
        {ceasefire.published ? "Published" : "Draft (not shown publicly)"} · version {ceasefire.version}
      </p>
      <CeasefireForm
        key={ceasefire.version}
        action={saveCeasefireAction}
        ceasefire={ceasefire}
        actors={c.actors}
        documents={c.documents}
        tracks={c.tracks}
      />
    </>
  );
}

export default function EditCeasefirePage(props: Props) {
  return (
    <section>
      <p>
        <Link href="/admin/ceasefires">← Ceasefires</Link>
      </p>
      <Suspense fallback={<PageSkeleton label="Loading ceasefire" />}>
        <EditCeasefire {...props} />
      </Suspense>
    </section>
  );
}
