import Link from "next/link";
import type { ReactNode } from "react";
import { OutboxStatus } from "@/app/_components/outbox/outbox-status";
import { RegisterServiceWorker } from "@/app/_components/outbox/service-worker";
import { SignOutButton } from "@/app/_components/sign-out-button";
import { api } from "@/app/_trpc/server";
import { getCurrentActor } from "@/server/auth/guards";
import { SafetyBanner } from "./_safety/safety-banner";
import { PortalNav } from "./portal-nav";
import { PortalOutbox } from "./_log/portal-outbox";

/**
 * Mobile-first athlete shell. Chrome only: each page checks the athlete itself. The outbox keeps what
 * the athlete logs on the device until the server has it, so it is keyed by the signed-in account.
 */
export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await getCurrentActor();
  const userId = actor?.kind === "athlete" ? actor.userId : null;
  // Red-flag advice belongs to the shell, so no portal page can leave it out.
  const safety = userId ? await (await api()).portal.safety().catch(() => null) : null;
  const shell = (
    <div className="mx-auto flex min-h-screen max-w-xl flex-col">
      <header className="flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3">
        <Link href="/portal" className="text-lg font-bold text-brand-700">
          StrideCare
        </Link>
        <SignOutButton />
      </header>
      {userId && <PortalNav />}
      <main id="main" className="flex-1 space-y-4 px-4 py-6">
        {userId && safety && <SafetyBanner userId={userId} initial={safety} />}
        {userId && <OutboxStatus />}
        {children}
      </main>
    </div>
  );
  if (!userId) return shell;
  return (
    <PortalOutbox userId={userId}>
      <RegisterServiceWorker userId={userId} />
      {shell}
    </PortalOutbox>
  );
}
