import type { ReactNode } from "react";
import { SignOutButton } from "@/app/_components/sign-out-button";

/** Mobile-first athlete shell. Chrome only: each page checks the athlete itself. */
export default function PortalLayout({ children }: { children: ReactNode }) {
  return (
    <div className="mx-auto flex min-h-screen max-w-xl flex-col">
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3">
        <span className="text-lg font-bold text-brand-700">StrideCare</span>
        <SignOutButton />
      </header>
      <main id="main" className="flex-1 px-4 py-6">
        {children}
      </main>
    </div>
  );
}
