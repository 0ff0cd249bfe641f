// Convenience only: sends /admin/* requests that carry no session cookie to the login page, and
// tells admin pages which path was asked for (so login can send the user back). It never decides
// access: the pages (requirePageViewer) and the data layer (assertRole) do, on every request,
// whatever this file does or is bypassed by.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER } from "./lib/auth/admin-path";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const path = pathname + search;
  const isLogin = pathname === "/admin/login" || pathname.startsWith("/admin/login/");
  if (!isLogin && !getSessionCookie(request)) {
    const login = new URL("/admin/login", request.url);
    login.searchParams.set("next", path);
    return NextResponse.redirect(login);
  }
  const headers = new Headers(request.headers);
  headers.set(ADMIN_PATH_HEADER, path);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
