// The answers of the release route handlers: a release's file (its bytes, immutable), the redirect
// of /data/latest (short-lived: it moves with every cut), and the 404s.
import { LICENCE_URL } from "../api/citation";
import type { ReleaseFileContent } from "./release-queries";
import { CHANGELOG_FILE, DATAPACKAGE_FILE, releaseUrl } from "./release-names";

/** A release's bytes never change: browsers and CDNs may keep them for a year without asking. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** /data/latest moves with every cut: browsers ask again each time, a CDN keeps it a minute. */
export const LATEST_REDIRECT = "public, max-age=0, s-maxage=60";

const TEXT_TYPES = new Set(["text/csv", "text/markdown", "application/json"]);

export function releaseFileResponse(siteUrl: string, release: string, file: ReleaseFileContent): Response {
  const type = TEXT_TYPES.has(file.mediaType) ? `${file.mediaType}; charset=utf-8` : file.mediaType;
  // Tables download under a name that keeps the release with them; the descriptor and the
  // changelog open in the browser.
  const inline = file.name === DATAPACKAGE_FILE || file.name === CHANGELOG_FILE;
  const disposition = inline
    ? `inline; filename="${file.name}"`
    : `attachment; filename="frontier-monitor-${release}-${file.name}"`;
  return new Response(file.content as BodyInit, {
    headers: {
      "Content-Type": type,
      "Content-Length": String(file.content.byteLength),
      "Content-Disposition": disposition,
      "Cache-Control": IMMUTABLE,
      Link: `<${releaseUrl(siteUrl, release)}>; rel="cite-as", <${LICENCE_URL}>; rel="license"`,
    },
  });
}

export function notFoundText(message: string): Response {
  return new Response(`${message}\n`, {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A redirect to a path of this site (a relative Location: right behind any proxy). */
export function latestRedirect(path: string): Response {
  return new Response(null, { status: 307, headers: { Location: path, "Cache-Control": LATEST_REDIRECT } });
}

/** /data/latest before the first cut: a page that says so and how to cut one, with a real 404. */
export function noReleaseYet(): Response {
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>No data release yet · Frontier Monitor</title>
</head>
<body>
<main>
<h1>No data release yet</h1>
<p>No data release has been cut yet, so there is no latest release to send you to.</p>
<p>Cut one with <code>npm run data:release</code>.
After that, the scheduled refresh cuts a new one each day the record changes.</p>
<p><a href="/data/releases">Data releases</a> · <a href="/methodology#cite">How to cite</a> ·
<a href="/">Frontier Monitor</a></p>
</main>
</body>
</html>
`;
  return new Response(html, {
    status: 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" },
  });
}
