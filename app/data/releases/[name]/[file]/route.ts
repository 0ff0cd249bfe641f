import { connection } from "next/server";
import { getEnv } from "@/lib/env";
import { getCachedReleaseFile } from "@/lib/releases/data";
import { notFoundText, releaseFileResponse } from "@/lib/releases/release-responses";

// One file of a data release (a table as CSV, datapackage.json or CHANGELOG.md), byte for byte as
// cut: immutable, so it is sent with a year's Cache-Control. Unknown release or file: 404.
// connection(): answered per request from the database (a release cut after the build included).
export async function GET(_request: Request, ctx: { params: Promise<{ name: string; file: string }> }) {
  await connection();
  const { name, file } = await ctx.params;
  const found = await getCachedReleaseFile(name, file);
  if (!found) return notFoundText(`No file ${file} in a data release named ${name}.`);
  return releaseFileResponse(getEnv().SITE_URL, name, found);
}
