import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { SiteChrome } from "@/components/site-chrome";
import { NavLinks, SiteNav } from "@/components/site-nav";
import { siteUrl } from "@/lib/share/metadata";
import "./styles/tokens.css";
import "./styles/print.css";
import "./globals.css";
import "./styles/timeline.css";
import "./styles/claims-over-time.css";
import "./styles/chart-downloads.css";
import "./styles/home.css";
import "./styles/embed-code.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: "Frontier Monitor", template: "%s · Frontier Monitor" },
  description:
    "A sourced public record of the Pakistan–Afghanistan conflict: attacks in Pakistan, each side's casualty claims side by side, and every mediation track.",
};

// The header and footer, rendered here on the server and shown by SiteChrome except in embeds.
// SiteChrome reads the route's first segment; like the navigation's current path, that is unknown
// while a route's generic shell is prerendered, so each part waits in a Suspense boundary whose
// fallback is the part itself (every page but an embed shows it).
const header = (
  <>
    <a className="skip-link" href="#main">
      Skip to content
    </a>
    <header className="site-header">
      <Link href="/" className="brand">
        Frontier Monitor
      </Link>
      <p className="tagline">Pakistan–Afghanistan conflict: every figure with its claimant and source</p>
      <Suspense fallback={<NavLinks path={null} />}>
        <SiteNav />
      </Suspense>
    </header>
  </>
);

const footer = (
  <footer className="site-footer">
    <p>
      Figures are claims by the parties named beside them, never merged. Data: Frontier Monitor, from the published
      reports cited on each record (CC BY 4.0). <a href="/methodology">Methodology and how to cite</a>.{" "}
      <a href="/status">Refresh status</a>. <Link href="/data/releases">Data releases</Link> ·{" "}
      <a href="/feeds/changes.atom">Feed of changes</a>.
    </p>
  </footer>
);

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Suspense fallback={header}>
          <SiteChrome>{header}</SiteChrome>
        </Suspense>
        <main id="main">{children}</main>
        <Suspense fallback={footer}>
          <SiteChrome>{footer}</SiteChrome>
        </Suspense>
      </body>
    </html>
  );
}
