import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordHistory } from "@/components/admin/record-history";
import { PageSkeleton } from "@/components/page-skeleton";

export const metadata: Metadata = { title: "Claim history" };

export default function ClaimHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the history" />}>
        <RecordHistory entityType="Claim" params={params} backHref={(id) => `/admin/claims/${id}`} />
      </Suspense>
    </section>
  );
}
