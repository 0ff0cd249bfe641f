import Link from "next/link";
import { getLatestReleaseCitation } from "@/lib/releases/data";
import { releasePath } from "@/lib/releases/release-names";

/** The latest data release, to cite a fixed version of the whole record (cached; expired by every cut). */
export async function LatestRelease() {
  const latest = await getLatestReleaseCitation();
  if (!latest) {
    return (
      <p>
        <strong>To cite a fixed version of the whole record</strong>, cite a{" "}
        <Link href="/data/releases">data release</Link>. None has been cut yet; <code>npm run data:release</code> cuts
        one.
      </p>
    );
  }
  return (
    <>
      <p>
        <strong>To cite a fixed version of the whole record</strong>, cite a{" "}
        <Link href="/data/releases">data release</Link>: a dated snapshot of every published table as CSV, with a{" "}
        <code>datapackage.json</code>, sha256 checksums and a changelog, never changed once cut. The latest is{" "}
        <Link href={releasePath(latest.name)} data-testid="latest-release">
          release {latest.name}
        </Link>{" "}
        (<code>{latest.url}</code>). Cite it as:
      </p>
      <p className="raw-text" data-testid="latest-release-citation">
        {latest.citation}
      </p>
    </>
  );
}
