// "Embed" beside a chart that has an embed (app/embed/*): a disclosure holding the <iframe> code
// to paste, with the embed's absolute address (SITE_URL). A <details>, so it opens without
// JavaScript; the copy button is a small enhancement on top. Not printed (app/styles/print.css).
import type { EmbedTarget } from "@/lib/embed/embed-paths";
import { frameTitle, iframeCode } from "@/lib/embed/oembed";
import { siteUrl } from "@/lib/share/metadata";
import { CopyEmbedCode } from "./copy-embed-code";

export function EmbedCode({ target }: { target: EmbedTarget }) {
  const code = iframeCode({ src: `${siteUrl()}${target.path}`, height: target.height, title: frameTitle(target) });
  return (
    <details className="embed-code" data-embed-path={target.path}>
      <summary>
        Embed<span className="sr-only">: {target.title}</span>
      </summary>
      <p className="small">
        Paste this into your page. The frame takes the width of its column and is {target.height} px tall; the figure
        keeps its sources, its date and its licence (CC BY 4.0), and links back to the full page.
      </p>
      <pre className="embed-snippet">
        <code>{code}</code>
      </pre>
      <CopyEmbedCode code={code} title={target.title} />
    </details>
  );
}
