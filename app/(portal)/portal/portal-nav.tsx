"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const links = [
  { href: "/portal", label: "Today" },
  { href: "/portal/log/run", label: "Log a run" },
  { href: "/portal/history", label: "My log" },
  { href: "/portal/progress", label: "Progress" },
] as const;

/** The portal's main sections, thumb-sized; the current one is marked for screen readers too. */
export function PortalNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Portal" className="border-b border-slate-200 bg-white">
      <ul className="grid grid-cols-4">
        {links.map((l) => {
          const current = l.href === "/portal" ? pathname === "/portal" : pathname.startsWith(l.href);
          return (
            <li key={l.href}>
              <Link
                href={l.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-12 items-center justify-center px-1 text-center text-sm font-semibold ${current ? "border-b-2 border-brand-600 text-brand-700" : "text-slate-700"}`}
              >
                {l.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
