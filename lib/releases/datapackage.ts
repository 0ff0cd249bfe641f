// The release's datapackage.json: a Frictionless Tabular Data Package (v1) describing every file
// (bytes, sha256, Table Schema), the licence, the publishers the data comes from, how to cite it,
// and what the record counts, so the files can be read, checked and cited without this site.
import { LICENCE, LICENCE_URL } from "../api/citation";
import { SITE_NAME } from "../site";
import type { ReleaseChanges } from "./changelog";
import { changeCounts } from "./changelog";
import { releaseCitation, releaseUrl } from "./release-names";
import type { TableSchema } from "./table-spec";

export const PACKAGE_NAME = "frontier-monitor";

export const RECORD_DESCRIPTION =
  "Frontier Monitor's record of the Pakistan–Afghanistan conflict (2025 onward): " +
  "a record of sourced claims and incidents, not a national count. " +
  "Every figure is the claim of the party named (a claimant or a counter), with its document, date and quote; " +
  "figures of different claimants or counters are never summed or merged. " +
  "The incidents are those the record's sources name, far fewer than the attacks that happen; " +
  "the independent counters' own national figures are in period_counts, each in its counter's terms. " +
  "Published records only.";

export const FILE_CONVENTIONS =
  "CSV files: UTF-8 beginning with a byte-order mark, CRLF line ends, RFC 4180 quoting, the header row first; " +
  "an empty cell means no value. " +
  "Text cells beginning with =, +, -, @, a tab or a carriage return are prefixed with ' " +
  "so that spreadsheets show them as text.";

export type PackageFile = {
  name: string;
  table: { name: string; title: string; description: string; schema: TableSchema };
  bytes: number;
  sha256: string;
};

export type PackageInput = {
  name: string;
  cutAt: Date;
  siteUrl: string;
  contentHash: string;
  changes: ReleaseChanges;
  files: PackageFile[];
  /** Publishers in the release's sources table: [name, address or null]. */
  publishers: [string, string | null][];
};

export function datapackageOf(input: PackageInput) {
  const home = input.siteUrl.replace(/\/+$/, "");
  return {
    profile: "tabular-data-package",
    name: PACKAGE_NAME,
    id: releaseUrl(input.siteUrl, input.name),
    title: `${SITE_NAME}: Pakistan–Afghanistan conflict record, data release ${input.name}`,
    version: input.name,
    created: input.cutAt.toISOString(),
    description:
      `${RECORD_DESCRIPTION} This release holds the record as published on ${input.cutAt.toISOString()}. ` +
      FILE_CONVENTIONS,
    homepage: home,
    keywords: ["Pakistan", "Afghanistan", "armed conflict", "casualty claims", "mediation", "ceasefire"],
    licenses: [
      {
        name: "CC-BY-4.0",
        path: LICENCE_URL,
        title: "Creative Commons Attribution 4.0 International",
      },
    ],
    licenceNote: LICENCE,
    contributors: [{ title: SITE_NAME, path: home, role: "publisher" }],
    sources: [
      { title: SITE_NAME, path: home },
      ...input.publishers.map(([title, path]) => (path ? { title, path } : { title })),
    ],
    citation: releaseCitation(input.siteUrl, input.name),
    contentHash: `sha256:${input.contentHash}`,
    previousVersion: input.changes.previous,
    changes: changeCounts(input.changes),
    resources: input.files.map((f) => ({
      profile: "tabular-data-resource",
      name: f.table.name,
      path: f.name,
      title: f.table.title,
      description: f.table.description,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      bytes: f.bytes,
      hash: `sha256:${f.sha256}`,
      dialect: { delimiter: ",", doubleQuote: true, lineTerminator: "\r\n", quoteChar: '"', header: true },
      schema: f.table.schema,
    })),
  };
}

export type DataPackage = ReturnType<typeof datapackageOf>;

/** The descriptor as stored and served: two-space indented, one trailing newline. */
export const datapackageText = (descriptor: DataPackage): string => `${JSON.stringify(descriptor, null, 2)}\n`;
