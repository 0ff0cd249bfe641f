import type { Metadata } from "next";
import { Suspense } from "react";
import { RecordHistory } from "@/components/admin/record-history";
import { PageSkeleton } from "@/components/page-skeleton";

export const metadata: Metadata = { title: "Document history" };

export default function DocumentHistoryPage({ params }: { params: Promise<{ id: string }> }) {
  return (
    <section>
      <Suspense fallback={<PageSkeleton label="Loading the history" />}>
        <RecordHistory entityType="Document" params={params} backHref={(id) => `/admin/documents/${id}`} />
      </Suspense>
    </section>
  );
}
