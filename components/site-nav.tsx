"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/", label: "Overview" }, { href: "/attacks", label: "Attacks" }, { href: "/casualties", label: "Casualties" },
  { href: "/mediation", label: "Mediation" }, { href: "/methodology", label: "Methodology" },
];

/** The links alone; also the prerendered fallback while the current path is not known yet. */
export function NavLinks({ path }: { path: string | null }) {
  return (
    <nav aria-label="Main" className="site-nav">
      <ul>
        {LINKS.map((l) => {
          const current = path !== null && (l.href === "/" ? path === "/" : path.startsWith(l.href));
          return <li key={l.href}><Link href={l.href} aria-current={current ? "page" : undefined}>{l.label}</Link></li>;
        })}
      </ul>
    </nav>
  );
}

export function SiteNav() {
  return <NavLinks path={usePathname()} />;
}
