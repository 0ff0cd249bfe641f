import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Frontier Monitor", template: "%s · Frontier Monitor" },
  description: "A sourced public record of the Pakistan–Afghanistan conflict: attacks in Pakistan, each side's casualty claims side by side, and every mediation track.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">Skip to content</a>
        <header className="site-header">
          <Link href="/" className="brand">Frontier Monitor</Link>
          <p className="tagline">Pakistan–Afghanistan conflict: every figure with its claimant and source</p>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          <p>Figures are claims by the parties named beside them, never merged. Data: Frontier Monitor, from the published reports cited on each record.</p>
        </footer>
      </body>
    </html>
  );
}
