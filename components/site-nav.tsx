"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/attacks", label: "Attacks" },
  { href: "/casualties", label: "Casualties" },
  { href: "/mediation", label: "Mediation" },
  { href: "/methodology", label: "Methodology" },
  { href: "/search", label: "Search" },
];

/** The links alone; also the prerendered fallback while the current path is not known yet. */
export function NavLinks({ path }: { path: string | null }) {
  return (
    <nav aria-label="Main" className="site-nav">
      <ul>
        {LINKS.map((link) => {
          // /overview/<days> is the home page for another period, as the server renders it (lib/view-paths.ts).
          const current =
            path !== null &&
            (link.href === "/" ? path === "/" || path.startsWith("/overview/") : path.startsWith(link.href));
          return (
            <li key={link.href}>
              <Link href={link.href} aria-current={current ? "page" : undefined}>
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function SiteNav() {
  return <NavLinks path={usePathname()} />;
}
