// What every embed page shares (app/embed/*): its metadata (title, noindex, oEmbed discovery),
// the date its data is as of, and the frame around its figure: the source line, the licence and
// the link back to the full page. Links open a new tab: the site's own pages refuse to be framed
// (frame-ancestors 'none'), so a link followed inside the iframe would show the browser's error.
import type { Metadata } from "next";
import { LICENCE_URL } from "@/lib/api/citation";
import { cachedToday } from "@/lib/cached-now";
import type { EmbedTarget } from "@/lib/embed/embed-paths";
import { oembedAlternates } from "@/lib/embed/oembed";
import { siteUrl } from "@/lib/share/metadata";
import { getDataVersion } from "@/lib/share/version";
import { SITE_NAME } from "@/lib/site";

export function embedMetadata(target: EmbedTarget): Metadata {
  return {
    title: target.title,
    description: `${target.title}: an embeddable figure of ${SITE_NAME}, with its sources and licence.`,
    robots: { index: false, follow: true },
    alternates: { types: oembedAlternates(target.path, siteUrl()) },
  };
}

/** The day the record last changed (a refresh or an edit), as the share cards say it; today as of
 *  the cache entry before anything has. */
export async function embedAsOf(): Promise<string> {
  const { updatedOn } = await getDataVersion();
  return /^\d{4}-\d{2}-\d{2}$/.test(updatedOn) ? updatedOn : cachedToday();
}

type FrameProps = {
  target: EmbedTarget;
  /** Who published the figures, before "· Frontier Monitor". */
  source: string;
  asOf: string;
  /** Where links without a path of their own (the ledger's "#claim-…") lead: the full page. */
  linkBase?: string;
  children: React.ReactNode;
};

export function EmbedFrame({ target, source, asOf, linkBase, children }: FrameProps) {
  return (
    <article className="embed" data-embed={target.kind} data-as-of={asOf}>
      {/* In the body, not the head (a layout cannot write there); browsers honour the first <base>
          of the document wherever it stands. */}
      <base target="_blank" href={linkBase} />
      {children}
      <footer className="embed-footer">
        <p className="embed-source">
          Source: {source} · {SITE_NAME}, data as of {asOf},{" "}
          <a href={LICENCE_URL} rel="license noopener" target="_blank">
            CC BY 4.0
          </a>
        </p>
        <p className="embed-back">
          <a href={target.page} target="_blank" rel="noopener">
            The full page on {SITE_NAME}, every figure with its source →
          </a>
        </p>
      </footer>
    </article>
  );
}
