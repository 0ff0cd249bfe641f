import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { CeasefireForm } from "@/components/admin/mediation/ceasefire-form";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { getMediationFormChoices } from "@/lib/mediation/admin-queries";
import { saveCeasefireAction } from "../../mediation/actions";

export const metadata: Metadata = { title: "New ceasefire" };

async function NewCeasefire() {
  const viewer = await requirePageViewer("EDITOR");
  const c = await getMediationFormChoices(getDb(), viewer);
  return (
    <CeasefireForm
      action={saveCeasefireAction}
      ceasefire={null}
      actors={c.actors}
      documents={c.documents}
      tracks={c.tracks}
    />
  );
}

export default function NewCeasefirePage() {
  return (
    <section>
      <p>
        <Link href="/admin/ceasefires">← Ceasefires</Link>
      </p>
      <h1>New ceasefire</h1>
      <Suspense fallback={<PageSkeleton label="Loading form" />}>
        <NewCeasefire />
      </Suspense>
    </section>
  );
}
