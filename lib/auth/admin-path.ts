// Where to send someone after signing in. Shared by proxy.ts, the pages and the login action.

/** Header proxy.ts sets on /admin requests so a page can send the user back after signing in. */
export const ADMIN_PATH_HEADER = "x-admin-path";

/** Only same-site admin paths are accepted as a post-login destination (no open redirect). */
export function safeAdminPath(value: string | null | undefined): string {
  if (!value || !/^\/admin(\/|\?|$)/.test(value) || value.startsWith("/admin/login")) return "/admin";
  if (value.includes("//") || value.includes("\\")) return "/admin";
  return value;
}

export function loginPath(next: string): string {
  return `/admin/login?next=${encodeURIComponent(safeAdminPath(next))}`;
}
