import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordHistory } from "@/components/admin/record-history";
import { PageSkeleton } from "@/components/page-skeleton";

export const metadata: Metadata = { title: "Incident history" };

export default function IncidentHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the history" />}>
        <RecordHistory entityType="Incident" params={params} backHref={(id) => `/admin/incidents/${id}`} />
      </Suspense>
    </section>
  );
}
