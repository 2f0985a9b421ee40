import { TRPCError } from "@trpc/server";
import Link from "next/link";
import type { ReactNode } from "react";
import { api } from "@/app/_trpc/server";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";

// Chrome only: every page runs its own guard, so an anonymous visitor here is redirected by the page.
export default async function ClinicianLayout({ children }: { children: ReactNode }) {
  const me = await loadMe();
  if (!me || me.role === "athlete") return children;

  return (
    <>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <div className="flex items-baseline gap-3">
            <Link href="/caseload" className="text-lg font-bold text-brand-700">
              StrideCare
            </Link>
            <span className="text-sm text-slate-600">{me.clinicName}</span>
          </div>
          <nav aria-label="Main" className="order-last w-full md:order-none md:w-auto">
            <ul className="flex flex-wrap gap-1">
              <li>
                <NavLink href="/caseload" section={["/athletes"]}>
                  Caseload
                </NavLink>
              </li>
              <li>
                <NavLink href="/exercises">Exercises</NavLink>
              </li>
              <li>
                <NavLink href="/templates">Templates</NavLink>
              </li>
              <li>
                <NavLink href="/team">Team</NavLink>
              </li>
              {me.role === "owner" && (
                <>
                  <li>
                    <NavLink href="/audit">Audit</NavLink>
                  </li>
                  <li>
                    <NavLink href="/settings">Settings</NavLink>
                  </li>
                </>
              )}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <span className="text-sm font-medium text-slate-800">{me.name}</span>
            <NavLink href="/account">Account</NavLink>
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
    </>
  );
}

async function loadMe() {
  try {
    return await (await api()).account.me();
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return null;
    throw error;
  }
}
