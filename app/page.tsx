import { Suspense } from "react";
import { connection } from "next/server";
import { HeadlineCards } from "@/components/headline-cards";
import { PageSkeleton } from "@/components/page-skeleton";
import { getCachedHeadlines } from "@/lib/dashboard/data";

// The period is the year to today: the record so far is short, and a rolling year keeps it in view.
const PERIOD_DAYS = 365;

async function Headlines() {
  await connection(); // "today" is per request, and the database is not there at build time
  const asOf = new Date().toISOString().slice(0, 10);
  const h = await getCachedHeadlines(asOf, PERIOD_DAYS);
  return <HeadlineCards h={h} />;
}

export default function HomePage() {
  return (
    <>
      <h1>The Pakistan–Afghanistan conflict, claim by claim</h1>
      <Suspense fallback={<PageSkeleton label="Loading headline figures" />}>
        <Headlines />
      </Suspense>
    </>
  );
}
