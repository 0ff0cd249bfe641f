import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { TrackForm } from "@/components/admin/mediation/track-form";
import { PageSkeleton } from "@/components/page-skeleton";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";
import { getMediationFormChoices } from "@/lib/mediation/admin-queries";
import { saveTrackAction } from "../actions";

export const metadata: Metadata = { title: "New mediation track" };

async function NewTrack() {
  const viewer = await requirePageViewer("EDITOR");
  const choices = await getMediationFormChoices(getDb(), viewer);
  return <TrackForm action={saveTrackAction} track={null} actors={choices.actors} />;
}

export default function NewTrackPage() {
  return (
    <section>
      <p>
        <Link href="/admin/mediation">← Mediation tracks</Link>
      </p>
      <h1>New mediation track</h1>
      <p className="muted">Save the track as a draft, add its dated steps, then publish it.</p>
      <Suspense fallback={<PageSkeleton label="Loading form" />}>
        <NewTrack />
      </Suspense>
    </section>
  );
}
