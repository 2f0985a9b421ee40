"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A header link that marks itself current; `section` lists further path prefixes it owns. */
export function NavLink({ href, section = [], children }: { href: string; section?: string[]; children: ReactNode }) {
  const pathname = usePathname();
  const isPage = pathname === href;
  const isInSection = !isPage && [href, ...section].some((prefix) => pathname.startsWith(`${prefix}/`) || pathname === prefix);
  return (
    <Link
      href={href}
      aria-current={isPage ? "page" : isInSection ? "true" : undefined}
      className={`block rounded-md px-3 py-2 text-sm font-medium ${
        isPage || isInSection ? "bg-brand-50 text-brand-800 underline decoration-2 underline-offset-4" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      }`}
    >
      {children}
    </Link>
  );
}
