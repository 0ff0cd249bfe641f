// What names a release and where it lives: its name is the UTC day it was cut for, its address is
// under /data/releases/<name>, and it is cited by that address. One module for the pages, the
// route handlers, the descriptor and the CLI.
import { createHash } from "node:crypto";
import { z } from "zod";
import { queryDay } from "../query-day";
import { SITE_NAME } from "../site";

export const releaseNameSchema = queryDay("a release is named by its day, YYYY-MM-DD");

/** File names a release serves: its tables, the descriptor and the changelog. */
export const releaseFileNameSchema = z
  .string()
  .regex(/^([a-z][a-z0-9_]*\.csv|datapackage\.json|CHANGELOG\.md)$/, { error: "not a file of a release" });

export const DATAPACKAGE_FILE = "datapackage.json";
export const CHANGELOG_FILE = "CHANGELOG.md";

const origin = (siteUrl: string) => siteUrl.replace(/\/+$/, "");
export const releasePath = (name: string) => `/data/releases/${name}`;
export const releaseUrl = (siteUrl: string, name: string) => `${origin(siteUrl)}${releasePath(name)}`;
export const releaseFileUrl = (siteUrl: string, name: string, file: string) =>
  `${releaseUrl(siteUrl, name)}/${encodeURIComponent(file)}`;

/** "Frontier Monitor (2026). Pakistan–Afghanistan conflict record, data release 2026-11-30 [Data set]. <url>" */
export function releaseCitation(siteUrl: string, name: string): string {
  const title = `Pakistan–Afghanistan conflict record, data release ${name} [Data set]`;
  return `${SITE_NAME} (${name.slice(0, 4)}). ${title}. ${releaseUrl(siteUrl, name)}`;
}

export const sha256Hex = (content: Uint8Array | string): string => createHash("sha256").update(content).digest("hex");

/**
 * The release's content hash: sha256 of the lines `<sha256>  <name>\n` of its data files in name
 * order (code-unit order), which is what `LC_ALL=C sha256sum *.csv | sha256sum` prints in the
 * release's folder. Equal tables give an equal hash, so an unchanged record cuts no new release.
 */
export function contentHashOf(files: { name: string; sha256: string }[]): string {
  const names = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sha256Hex(names.map((f) => `${f.sha256}  ${f.name}\n`).join(""));
}
