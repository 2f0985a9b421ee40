import type { Metadata } from "next";
import Link from "next/link";
import { Alert, buttonClass } from "@/app/_components/form";
import { firstParam } from "@/app/_components/format";
import { SearchFilters } from "@/app/_components/search-filters";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { AthletesTable } from "./athletes-table";

export const metadata: Metadata = { title: "Caseload" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CaseloadPage({ searchParams }: { searchParams: SearchParams }) {
  await requireClinician();
  const params = await searchParams;
  const search = (firstParam(params.q) ?? "").trim().slice(0, 100);
  const includeArchived = firstParam(params.archived) === "1";
  const isDenied = firstParam(params.denied) === "1";

  const trpc = await api();
  const athletes = await trpc.athlete.list({ search: search || undefined, includeArchived });
  const isEmptyCaseload = athletes.length === 0 && !search;

  return (
    <div className="space-y-6">
      {isDenied && <Alert>You do not have access to that page</Alert>}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold text-slate-900">Caseload</h1>
        {!isEmptyCaseload && (
          <Link href="/athletes/new" className={buttonClass()}>
            Add athlete
          </Link>
        )}
      </div>
      <SearchFilters action="/caseload" name="Athletes" searchLabel="Search athletes" search={search} includeArchived={includeArchived} />
      {isEmptyCaseload ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
          <p className="text-lg font-semibold text-slate-900">No athletes on your caseload yet</p>
          <p className="mt-1 text-sm text-slate-600">
            {includeArchived ? "There are no archived athletes either." : "Add your first athlete to start their return to running."}
          </p>
          <Link href="/athletes/new" className={`${buttonClass()} mt-4`}>
            Add athlete
          </Link>
        </div>
      ) : athletes.length === 0 ? (
        <p className="text-slate-700">No athletes match “{search}”.</p>
      ) : (
        <AthletesTable athletes={athletes} />
      )}
    </div>
  );
}
