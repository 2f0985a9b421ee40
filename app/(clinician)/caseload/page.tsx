import type { Metadata } from "next";
import Link from "next/link";
import { Alert, buttonClass } from "@/app/_components/form";
import { firstParam, plural, todayIso } from "@/app/_components/format";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { can } from "@/server/domain/access";
import { caseloadInput } from "@/server/domain/caseload/schemas";
import { CaseloadFilters } from "./caseload-filters";
import { CaseloadTable } from "./caseload-table";

export const metadata: Metadata = { title: "Caseload" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The therapist's home: who needs attention first (docs/clinical-rules.md R6.11), with last log, adherence, symptoms, plan and alerts. */
export default async function CaseloadPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireClinician();
  const params = await searchParams;
  const isDenied = firstParam(params.denied) === "1";
  // Unknown or malformed filter values fall back to the defaults rather than failing the page.
  const parsed = caseloadInput.safeParse({
    search: firstParam(params.q)?.trim().slice(0, 100) || undefined,
    therapistUserId: firstParam(params.therapist) || undefined,
    alert: firstParam(params.alert) || undefined,
    status: firstParam(params.status) || undefined,
    sort: firstParam(params.sort) || undefined,
    page: Number(firstParam(params.page) ?? 1) || 1,
  });
  const input = parsed.success ? parsed.data : caseloadInput.parse(undefined);

  const trpc = await api();
  const canSeeAll = can(actor, "athlete.readAll");
  const [caseload, team] = await Promise.all([trpc.caseload.list(input), canSeeAll ? trpc.clinic.team() : null]);
  const therapists = team ? team.members.filter((m) => !m.disabled).map((m) => ({ userId: m.userId, name: m.name })) : null;
  const isFiltered = Boolean(input.search || input.therapistUserId || input.alert || input.status !== "active");
  const pages = Math.max(1, Math.ceil(caseload.total / input.pageSize));
  const pageHref = (page: number) => {
    const q = new URLSearchParams();
    if (input.search) q.set("q", input.search);
    if (input.therapistUserId) q.set("therapist", input.therapistUserId);
    if (input.alert) q.set("alert", input.alert);
    if (input.status !== "active") q.set("status", input.status);
    if (input.sort !== "attention") q.set("sort", input.sort);
    q.set("page", String(page));
    return `/caseload?${q.toString()}`;
  };

  return (
    <div className="space-y-6">
      {isDenied && <Alert>You do not have access to that page</Alert>}
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold text-slate-900">Caseload</h1>
        <Link href="/athletes/new" className={buttonClass()}>
          Add athlete
        </Link>
      </div>
      <CaseloadFilters filters={input} therapists={therapists} />
      {caseload.total === 0 ? (
        isFiltered ? (
          <p className="text-slate-700">No athletes match these filters.</p>
        ) : (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
            <p className="text-lg font-semibold text-slate-900">No athletes on your caseload yet</p>
            <p className="mt-1 text-sm text-slate-600">Add your first athlete to start their return to running.</p>
          </div>
        )
      ) : input.page > pages ? (
        <p className="text-slate-700">
          No athletes on page {input.page}: the list has {plural(pages, "page")}.{" "}
          <Link href={pageHref(pages)} className="font-medium text-brand-700 underline">
            Go to the last page
          </Link>
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            {plural(caseload.total, "athlete")}{input.sort === "attention" ? ", who needs attention first: red flags, then alerts by severity, then longest since the last log" : ""}.
          </p>
          <CaseloadTable rows={caseload.rows} total={caseload.total} today={todayIso()} />
          {pages > 1 && (
            <nav aria-label="Caseload pages" className="flex items-center justify-between gap-4 text-sm">
              {input.page > 1 ? <Link href={pageHref(input.page - 1)} className="font-medium text-brand-700 underline">Previous page</Link> : <span />}
              <span className="text-slate-700">
                Page {input.page} of {pages}
              </span>
              {input.page < pages ? <Link href={pageHref(input.page + 1)} className="font-medium text-brand-700 underline">Next page</Link> : <span />}
            </nav>
          )}
        </>
      )}
    </div>
  );
}
