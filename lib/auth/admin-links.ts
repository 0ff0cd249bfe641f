// Every admin page with the least role that may open it. Drives the admin navigation and the
// access-matrix browser test; the pages (requirePageViewer) and the data layer (assertRole) are
// what actually enforce it.
import type { Role } from "../db/generated/enums";

export type AdminLink = { href: string; label: string; role: Role };

export const ADMIN_LINKS: AdminLink[] = [
  { href: "/admin", label: "Overview", role: "VIEWER" },
  { href: "/admin/incidents", label: "Incidents", role: "EDITOR" },
  { href: "/admin/claims", label: "Claims", role: "EDITOR" },
  { href: "/admin/counts", label: "Period counts", role: "EDITOR" },
  { href: "/admin/documents", label: "Documents", role: "EDITOR" },
  { href: "/admin/sources", label: "Sources", role: "EDITOR" },
  { href: "/admin/actors", label: "Actors", role: "EDITOR" },
  { href: "/admin/places", label: "Places", role: "EDITOR" },
  { href: "/admin/mediation", label: "Mediation", role: "EDITOR" },
  { href: "/admin/ceasefires", label: "Ceasefires", role: "EDITOR" },
  { href: "/admin/review", label: "Review queue", role: "VIEWER" },
  { href: "/admin/audit", label: "Audit log", role: "VIEWER" },
  { href: "/admin/refresh", label: "Refresh", role: "ADMIN" },
  { href: "/admin/feeds", label: "Feeds", role: "ADMIN" },
  { href: "/admin/users", label: "Users", role: "ADMIN" },
  { href: "/admin/sessions", label: "Sessions", role: "ADMIN" },
  { href: "/admin/account", label: "My account", role: "VIEWER" },
];
