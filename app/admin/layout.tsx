import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminBar, AdminBarFallback } from "@/components/admin/admin-bar";

export const metadata: Metadata = {
  title: { default: "Admin", template: "%s · Admin · Frontier Monitor" },
  robots: { index: false, follow: false },
};

// The shell is static; who is signed in streams in. Each page checks the role itself
// (requirePageViewer) and the data layer checks again (assertRole).
export default function AdminLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <Suspense fallback={<AdminBarFallback />}>
        <AdminBar />
      </Suspense>
      {children}
    </>
  );
}
