import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordHistory } from "@/components/admin/record-history";
import { PageSkeleton } from "@/components/page-skeleton";

export const metadata: Metadata = { title: "Place history" };

export default function PlaceHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the history" />}>
        <RecordHistory entityType="Place" params={params} backHref={(id) => `/admin/places/${id}`} />
      </Suspense>
    </section>
  );
}
