import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getCachedReleaseIndex, getLatestReleaseName, getReleaseList } from "@/lib/releases/data";
import { formatBytes, formatCount, formatCutAt } from "@/lib/releases/release-format";
import { CHANGELOG_FILE, DATAPACKAGE_FILE, releasePath } from "@/lib/releases/release-names";
import { cardUrl, shareMetadata } from "@/lib/share/metadata";

type Params = { params: Promise<{ name: string }> };

// An unknown release must answer a real 404, so the page looks the release up before anything
// streams and the route blocks instead of serving a shell first (as app/incidents/[id] does; see
// docs/caching.md). Every release is prerendered at build; one cut later renders on its first
// request and is kept until the next cut expires the `releases` tag.
export const unstable_paramMatching = { name: "blocking" };
export const instant = false;

export async function generateStaticParams() {
  const releases = await getReleaseList();
  return releases.length ? releases.map((release) => ({ name: release.id })) : [{ name: "none" }];
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { name } = await params;
  const release = await getCachedReleaseIndex(name);
  if (!release) return { title: "Data release not found", robots: { index: false } };
  return shareMetadata({
    title: `Data release ${release.id}`,
    description:
      `The published record as of ${formatCutAt(release.cutAt)}: ${release.files} CSV files ` +
      `(${formatBytes(release.bytes)}) with datapackage.json, sha256 checksums and a changelog. Never rewritten.`,
    path: releasePath(release.id),
    card: cardUrl("/cards/methodology", {}, null),
    alt: "Share card: how the Pakistan–Afghanistan conflict record is kept.",
  });
}

type FileChanges = { added: number; removed: number; changed: number; new: boolean };
type Descriptor = {
  citation: string;
  changes: Record<string, FileChanges>;
  resources: { path: string; title: string }[];
};

function changesText(c: FileChanges | undefined): string {
  if (!c) return "";
  if (c.new) return "new file";
  const parts = [
    c.added && `${formatCount(c.added)} added`,
    c.removed && `${formatCount(c.removed)} removed`,
    c.changed && `${formatCount(c.changed)} changed`,
  ].filter(Boolean);
  return parts.length ? parts.join(", ") : "unchanged";
}

export default async function ReleasePage({ params }: Params) {
  const { name } = await params;
  const [release, latest] = await Promise.all([getCachedReleaseIndex(name), getLatestReleaseName()]);
  if (!release) notFound();
  const descriptor = JSON.parse(release.datapackage) as Descriptor;
  const titles = new Map(descriptor.resources.map((r) => [r.path, r.title]));
  const base = releasePath(release.id);
  return (
    <article>
      <h1>
        Data release {release.id}
        {release.id === latest && <span className="badge">latest</span>}
      </h1>
      <p className="lede">
        The published record as it stood at <time dateTime={release.cutAt}>{formatCutAt(release.cutAt)}</time>: a record
        of sourced claims and incidents, not a national count. This release is never changed; a correction comes in a
        later release.
      </p>
      <dl className="facts">
        <dt>Content</dt>
        <dd>
          {formatCount(release.files)} CSV files, {formatBytes(release.bytes)}; sha256 of their checksums{" "}
          <code className="small">{release.contentHash}</code>
        </dd>
        <dt>Before it</dt>
        <dd>
          {release.previousId ? (
            <Link href={releasePath(release.previousId)}>{release.previousId}</Link>
          ) : (
            "none: the first release"
          )}
        </dd>
        {release.nextId && (
          <>
            <dt>After it</dt>
            <dd>
              <Link href={releasePath(release.nextId)}>{release.nextId}</Link>
            </dd>
          </>
        )}
      </dl>

      <h2 id="cite">How to cite this release</h2>
      <p className="raw-text" data-testid="release-citation">
        {descriptor.citation}
      </p>
      <p className="muted">
        Data: CC BY 4.0. Each figure remains the claim of the party named, with its source. The citation is also in{" "}
        <code>datapackage.json</code> (<code>citation</code>).
      </p>

      <h2 id="files">Files</h2>
      <p>
        <a href={`${base}/${DATAPACKAGE_FILE}`}>{DATAPACKAGE_FILE}</a> (Frictionless Tabular Data Package: every
        file&apos;s columns, types, keys, size and sha256) · <a href={`${base}/${CHANGELOG_FILE}`}>{CHANGELOG_FILE}</a>
      </p>
      <div className="table-scroll">
        <table>
          <caption className="sr-only">Files of release {release.id}</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="num">
                Rows
              </th>
              <th scope="col" className="num">
                Bytes
              </th>
              <th scope="col">Since the release before</th>
              <th scope="col">sha256</th>
            </tr>
          </thead>
          <tbody>
            {release.fileList.map((file) => (
              <tr key={file.name}>
                <th scope="row">
                  <a href={`${base}/${file.name}`}>{file.name}</a>
                  <div className="muted small">{titles.get(file.name)}</div>
                </th>
                <td className="num">{file.rows === null ? "" : formatCount(file.rows)}</td>
                <td className="num">{formatCount(file.bytes)}</td>
                <td className="small">
                  {release.previousId ? changesText(descriptor.changes[file.name]) : "first release"}
                </td>
                <td>
                  <code className="small">{file.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 id="changelog">Changelog</h2>
      {/* Scrolls when long: focusable so a keyboard can scroll it too. */}
      <pre className="raw-text" tabIndex={0} role="region" aria-label={`${CHANGELOG_FILE} of release ${release.id}`}>
        {release.changelog}
      </pre>
      <p className="muted">
        <Link href="/data/releases">Every release</Link> · <Link href="/methodology#cite">how to cite</Link>
      </p>
    </article>
  );
}
