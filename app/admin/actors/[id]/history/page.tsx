import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordHistory } from "@/components/admin/record-history";
import { PageSkeleton } from "@/components/page-skeleton";

export const metadata: Metadata = { title: "Actor history" };

export default function ActorHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the history" />}>
        <RecordHistory entityType="Actor" params={params} backHref={(id) => `/admin/actors/${id}`} />
      </Suspense>
    </section>
  );
}
