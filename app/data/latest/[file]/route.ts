import { connection } from "next/server";
import { getLatestReleaseName } from "@/lib/releases/data";
import { releaseFileNameSchema, releasePath } from "@/lib/releases/release-names";
import { latestRedirect, noReleaseYet, notFoundText } from "@/lib/releases/release-responses";

// /data/latest/<file>: a 307 to that file of the latest data release (e.g. /data/latest/claims.csv
// for scripts that always want the newest), short-lived like /data/latest.
export async function GET(_request: Request, ctx: { params: Promise<{ file: string }> }) {
  await connection();
  const { file } = await ctx.params;
  if (!releaseFileNameSchema.safeParse(file).success) return notFoundText(`A data release has no file ${file}.`);
  const latest = await getLatestReleaseName();
  return latest ? latestRedirect(`${releasePath(latest)}/${file}`) : noReleaseYet();
}
