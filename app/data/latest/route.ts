import { connection } from "next/server";
import { getLatestReleaseName } from "@/lib/releases/data";
import { releasePath } from "@/lib/releases/release-names";
import { latestRedirect, noReleaseYet } from "@/lib/releases/release-responses";

// /data/latest: a 307 to the latest data release's page, short-lived (it moves with every cut); a
// citation should name the release itself. Before the first cut, a 404 page that says how to cut one.
export async function GET() {
  await connection();
  const latest = await getLatestReleaseName();
  return latest ? latestRedirect(releasePath(latest)) : noReleaseYet();
}
