// The admin shell's top bar: navigation for the viewer's role, who is signed in, and sign-out.
// Reads the session, so it renders inside <Suspense> (app/admin/layout.tsx).
import { signOutAction } from "@/app/admin/account/actions";
import { getViewer } from "@/lib/auth/viewer";
import { AdminNav } from "./admin-nav";

export async function AdminBar() {
  const viewer = await getViewer();
  if (!viewer) return null;
  return (
    <div className="admin-bar">
      <AdminNav role={viewer.role} />
      <div className="admin-user">
        <span>
          Signed in as <strong>{viewer.name}</strong> ({viewer.role.toLowerCase()})
        </span>
        <form action={signOutAction} className="inline-form">
          <button type="submit" className="secondary">
            Sign out
          </button>
        </form>
      </div>
    </div>
  );
}

/** Same footprint while the session is read, so the page below does not jump. */
export function AdminBarFallback() {
  return <div className="admin-bar" aria-hidden="true" style={{ minHeight: "2.6rem" }} />;
}
