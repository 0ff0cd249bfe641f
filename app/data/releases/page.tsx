import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SectionSkeleton } from "@/components/section-skeleton";
import { getReleaseList } from "@/lib/releases/data";
import { formatBytes, formatCount, formatCutAt } from "@/lib/releases/release-format";
import { releasePath } from "@/lib/releases/release-names";
import { cardUrl, shareMetadata } from "@/lib/share/metadata";

export const metadata: Metadata = shareMetadata({
  title: "Data releases",
  description:
    "Dated, citable snapshots of the published record: every table as CSV with a Frictionless datapackage.json, " +
    "sha256 checksums and a changelog. Never rewritten.",
  path: "/data/releases",
  card: cardUrl("/cards/methodology", {}, null),
  alt: "Share card: how the Pakistan–Afghanistan conflict record is kept.",
});

/** Every release, newest first. */
async function ReleaseTable() {
  const releases = await getReleaseList();
  if (releases.length === 0) {
    return (
      <p className="empty">
        No release has been cut yet. Cut one with <code>npm run data:release</code>.
      </p>
    );
  }
  return (
    <div className="table-scroll">
      <table>
        <caption className="sr-only">Data releases, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Release</th>
            <th scope="col">Cut</th>
            <th scope="col" className="num">
              CSV files
            </th>
            <th scope="col" className="num">
              Size
            </th>
          </tr>
        </thead>
        <tbody>
          {releases.map((release, index) => (
            <tr key={release.id}>
              <th scope="row">
                <Link href={releasePath(release.id)}>{release.id}</Link>
                {index === 0 && <span className="badge">latest</span>}
              </th>
              <td>
                <time dateTime={release.cutAt}>{formatCutAt(release.cutAt)}</time>
              </td>
              <td className="num">{formatCount(release.files)}</td>
              <td className="num nowrap">{formatBytes(release.bytes)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function ReleasesPage() {
  return (
    <article>
      <h1>Data releases</h1>
      <p className="lede">
        A data release is the published record as it stood on one day: each public table as a CSV file, with a{" "}
        <code>datapackage.json</code> (Frictionless Data) giving each file&apos;s size, sha256 checksum and columns, and
        a changelog against the release before it. A release is never changed once cut, so its address can be cited.
      </p>
      <p className="muted">
        A new release is cut at most once a day, when the record has changed. It is a record of sourced claims and
        incidents, not a national count.{" "}
        {/* A route handler that redirects, not a page: a plain link, so the browser follows the 307 itself. */}
        {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
        <a href="/data/latest">The latest release</a> · <Link href="/methodology#cite">how to cite</Link>.
      </p>
      <Suspense fallback={<SectionSkeleton label="Loading the releases" height="12rem" />}>
        <ReleaseTable />
      </Suspense>
    </article>
  );
}
