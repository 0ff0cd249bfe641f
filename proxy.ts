// Three jobs, none of them the access guard (the pages' requirePageViewer and the data layer's
// assertRole decide access on every request, whatever this file does or is bypassed by):
// 1. A server action posted from another origin is answered 403 here. Next refuses it too, but
//    with a 500 and a stack in the log; a refusal is not a server error.
// 2. Convenience: /admin/* requests with no session cookie go to the login page, and admin pages
//    learn which path was asked for (so login can send the user back).
// 3. A public page's view chosen in the query string is served from the path that caches it
//    (lib/view-paths.ts). The matcher lets through only requests that name such a parameter, so
//    the default pages are served straight from the cache without running this file.
import { getSessionCookie } from "better-auth/cookies";
import { NextResponse, type NextRequest } from "next/server";
import { ADMIN_PATH_HEADER } from "./lib/auth/admin-path";
import { cachedViewPath } from "./lib/view-paths";

/** The host a browser on this site would name in Origin (a proxy's forwarded host first, as Next does). */
function ownHost(request: NextRequest): string | null {
  return request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
}

function isForeignAction(request: NextRequest): boolean {
  if (!request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false; // same as Next: browsers always send Origin on a POST from a page
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return true; // "null" (sandboxed frames, file://) or garbage
  }
  return originHost !== ownHost(request);
}

export function proxy(request: NextRequest) {
  if (isForeignAction(request)) {
    return new NextResponse("Forbidden: a form on another site may not post to this one.", {
      status: 403,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const { pathname, search, searchParams } = request.nextUrl;
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) {
    const viewPath =
      request.method === "GET" || request.method === "HEAD" ? cachedViewPath(pathname, searchParams) : null;
    return viewPath ? NextResponse.rewrite(new URL(viewPath, request.url)) : NextResponse.next();
  }
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

export const config = {
  matcher: [
    "/admin",
    "/admin/:path*",
    // Server actions can be posted to any page URL; only those requests pass through here.
    { source: "/((?!_next/|admin).*)", has: [{ type: "header", key: "next-action" }] },
    // Views chosen in the query string (lib/view-paths.ts); written out, as Next reads this statically.
    { source: "/", has: [{ type: "query", key: "days" }] },
    { source: "/casualties", has: [{ type: "query", key: "scope" }] },
    { source: "/attacks", has: [{ type: "query", key: "from" }] },
    { source: "/attacks", has: [{ type: "query", key: "to" }] },
    { source: "/attacks", has: [{ type: "query", key: "province" }] },
    { source: "/attacks", has: [{ type: "query", key: "district" }] },
    { source: "/attacks", has: [{ type: "query", key: "perpetrator" }] },
    { source: "/attacks", has: [{ type: "query", key: "type" }] },
    { source: "/attacks", has: [{ type: "query", key: "target" }] },
    { source: "/attacks", has: [{ type: "query", key: "by" }] },
    { source: "/attacks", has: [{ type: "query", key: "stack" }] },
    { source: "/attacks", has: [{ type: "query", key: "sort" }] },
    { source: "/attacks", has: [{ type: "query", key: "page" }] },
    { source: "/attacks", has: [{ type: "query", key: "layer" }] },
  ],
};
