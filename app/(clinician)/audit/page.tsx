import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { Alert, buttonClass } from "@/app/_components/form";
import { firstParam } from "@/app/_components/format";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { AuditTable } from "./audit-table";

export const metadata: Metadata = { title: "Audit log" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  await requireClinician("audit.read");
  const cursor = firstParam((await searchParams).cursor)?.slice(0, 200) || null;
  const trpc = await api();
  const page = await trpc.audit.list({ cursor }).catch((error: unknown) => {
    // A stale or hand-edited cursor is not a server fault: offer the first page instead.
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") return null;
    throw error;
  });

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold text-slate-900">Audit log</h1>
      <p className="max-w-3xl text-slate-700">
        This log lists every access to athlete data in the clinic, and every change or refused attempt, newest first.
      </p>
      {page === null ? (
        <Alert>That page of the log could not be found.</Alert>
      ) : page.items.length === 0 ? (
        <p className="text-slate-700">No events recorded yet.</p>
      ) : (
        <AuditTable events={page.items} />
      )}
      <nav aria-label="Audit log pages" className="flex flex-wrap gap-3">
        {cursor && (
          <Link href="/audit" className={buttonClass("secondary")}>
            First page
          </Link>
        )}
        {page?.nextCursor && (
          <Link href={`/audit?cursor=${encodeURIComponent(page.nextCursor)}`} className={buttonClass("secondary")}>
            Next page
          </Link>
        )}
      </nav>
    </div>
  );
}
