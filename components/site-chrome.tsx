"use client";
// The site's header and footer, left out of the embeds (/embed/*): those pages are drawn inside
// other sites' iframes, where a second masthead and navigation would only take room. The parts are
// rendered on the server (app/layout.tsx) and handed in; this only decides whether they show.
import { useSelectedLayoutSegment } from "next/navigation";

/** Renders `children` (a part of the site's chrome) except under /embed. */
export function SiteChrome({ children }: { children: React.ReactNode }) {
  return useSelectedLayoutSegment() === "embed" ? null : children;
}
