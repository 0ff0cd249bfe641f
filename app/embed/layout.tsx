import type { Metadata } from "next";
import "../styles/embed.css";

// Embeds (app/embed/*): one figure each, for other sites' iframes. The root layout leaves out the
// site's header and footer here (components/site-chrome.tsx); next.config.ts lets any site frame
// these pages and no other (lib/security-headers.ts). Each page is cached like the site's pages.
export const metadata: Metadata = { robots: { index: false, follow: true } };

export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <div className="embed-page">{children}</div>;
}
