import type { Metadata } from "next";
import { Suspense } from "react";
import { SessionTable } from "@/components/admin/session-table";
import { PageSkeleton } from "@/components/page-skeleton";
import { listAllSessions } from "@/lib/auth/sessions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Sessions" };

async function Sessions() {
  const viewer = await requirePageViewer("ADMIN");
  const sessions = await listAllSessions(getDb(), viewer);
  return <SessionTable sessions={sessions} caption="Every active session" showUser />;
}

export default function SessionsPage() {
  return (
    <section>
      <h1>Sessions</h1>
      <p className="muted">Every signed-in browser. Ending a session signs that browser out on its next request.</p>
      <Suspense fallback={<PageSkeleton label="Loading sessions" />}>
        <Sessions />
      </Suspense>
    </section>
  );
}
