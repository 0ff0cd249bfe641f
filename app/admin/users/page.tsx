import type { Metadata } from "next";
import { Suspense } from "react";
import { CreateUserForm, DisableForm, RoleForm } from "@/components/admin/account-forms";
import { PageSkeleton } from "@/components/page-skeleton";
import { listUsers } from "@/lib/auth/users";
import { requirePageViewer } from "@/lib/auth/viewer";
import { getDb } from "@/lib/db";

export const metadata: Metadata = { title: "Users" };

async function Users() {
  const viewer = await requirePageViewer("ADMIN");
  const users = await listUsers(getDb(), viewer);
  return (
    <>
      <div className="table-scroll">
        <table>
          <caption className="sr-only">Accounts, their roles and status</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">E-mail</th>
              <th scope="col">Role</th>
              <th scope="col">Status</th>
              <th scope="col" className="num">
                Sessions
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-user-email={u.email}>
                <td>
                  {u.name}
                  {u.id === viewer.userId ? <span className="badge">you</span> : null}
                </td>
                <td>{u.email}</td>
                <td>
                  <RoleForm userId={u.id} role={u.role} label={u.email} />
                </td>
                <td>
                  {u.disabledAt ? `disabled ${u.disabledAt.toISOString().slice(0, 10)}` : "active"}{" "}
                  <DisableForm userId={u.id} disabled={u.disabledAt !== null} label={u.email} />
                </td>
                <td className="num">{u.sessions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Create a user</h2>
      <CreateUserForm />
    </>
  );
}

export default function UsersPage() {
  return (
    <section>
      <h1>Users</h1>
      <p className="muted">
        Admins manage users, roles and sources; editors create, edit, publish and review; viewers read drafts and the
        audit log. Disabling a user ends their sessions at once. The last active admin cannot be demoted or disabled.
      </p>
      <Suspense fallback={<PageSkeleton label="Loading users" />}>
        <Users />
      </Suspense>
    </section>
  );
}
