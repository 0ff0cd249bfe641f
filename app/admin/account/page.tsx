import type { Metadata } from "next";
import { Suspense } from "react";
import { ChangePasswordForm } from "@/components/admin/account-forms";
import { SessionTable } from "@/components/admin/session-table";
import { PageSkeleton } from "@/components/page-skeleton";
import { signOutEverywhereAction } from "./actions";
import { listOwnSessions } from "@/lib/auth/sessions";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "My account" };

async function Account() {
  const viewer = await requirePageViewer("VIEWER");
  const sessions = await listOwnSessions(getDb(), viewer);
  return (
    <>
      <p>
        {viewer.name} · {viewer.email} · {viewer.role.toLowerCase()}
      </p>
      <h2>Your sessions</h2>
      <SessionTable sessions={sessions} caption="Your active sessions" showUser={false} />
      <form action={signOutEverywhereAction} className="inline-form">
        <button type="submit" className="danger">
          Sign out everywhere
        </button>
      </form>
      <h2>Change password</h2>
      <ChangePasswordForm />
    </>
  );
}

export default function AccountPage() {
  return (
    <section>
      <h1>My account</h1>
      <Suspense fallback={<PageSkeleton label="Loading your account" />}>
        <Account />
      </Suspense>
    </section>
  );
}
