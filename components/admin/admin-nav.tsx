"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { Role } from "@/lib/db/generated/enums";
import { ADMIN_LINKS } from "@/lib/auth/admin-links";
import { hasRole } from "@/lib/access/roles";

function isCurrent(href: string, path: string | null): boolean {
  if (path === null) return false;
  return href === "/admin" ? path === "/admin" : path === href || path.startsWith(`${href}/`);
}

/** The links the given role may open; `role` null renders nothing (signed out, login page). */
export function AdminNavLinks({ role, path }: { role: Role | null; path: string | null }) {
  if (!role) return null;
  return (
    <nav aria-label="Admin" className="admin-nav">
      <ul>
        {ADMIN_LINKS.filter((link) => hasRole(role, link.role)).map((link) => (
          <li key={link.href}>
            <Link href={link.href} prefetch={false} aria-current={isCurrent(link.href, path) ? "page" : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function AdminNav({ role }: { role: Role | null }) {
  return <AdminNavLinks role={role} path={usePathname()} />;
}
