import Form from "next/form";
import Link from "next/link";
import { alertTypeLabels } from "@/app/_components/alerts/labels";
import { buttonClass, SelectField, TextField } from "@/app/_components/form";
import { caseloadAlertFilters, caseloadSortLabels, caseloadSorts, type CaseloadInput } from "@/server/domain/caseload/schemas";

type Filters = Pick<CaseloadInput, "search" | "therapistUserId" | "alert" | "status" | "sort">;

/** The caseload's filters as a GET form: they live in the URL, survive reloads and can be shared. */
export function CaseloadFilters({ filters, therapists }: { filters: Filters; therapists: { userId: string; name: string }[] | null }) {
  const isFiltered = Boolean(filters.search || filters.therapistUserId || filters.alert || filters.status !== "active" || filters.sort !== "attention");
  return (
    <Form
      key={JSON.stringify(filters)} action="/caseload" role="search" aria-label="Caseload filters"
      // Columns at least 14rem wide, so the longest option ("Needs attention first") is never cut off.
      className="grid grid-cols-[repeat(auto-fit,minmax(14rem,1fr))] items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div>
        <TextField name="q" type="search" label="Search by name" defaultValue={filters.search ?? ""} autoComplete="off" maxLength={100} />
      </div>
      {therapists && (
        <SelectField
          name="therapist" label="Therapist" defaultValue={filters.therapistUserId ?? ""} placeholder="Everyone"
          options={therapists.map((t) => ({ value: t.userId, label: t.name }))}
        />
      )}
      <SelectField
        name="alert" label="Alerts" defaultValue={filters.alert ?? ""} placeholder="All athletes"
        options={caseloadAlertFilters.map((f) => ({ value: f, label: f === "any" ? "Any open alert" : f === "none" ? "No open alert" : (alertTypeLabels[f] ?? f) }))}
      />
      <SelectField name="status" label="Status" defaultValue={filters.status} options={[{ value: "active", label: "Active" }, { value: "archived", label: "Archived" }]} />
      <SelectField name="sort" label="Sort by" defaultValue={filters.sort} options={caseloadSorts.map((s) => ({ value: s, label: caseloadSortLabels[s] }))} />
      <div className="col-span-full flex items-center gap-4">
        <button type="submit" className={buttonClass("secondary")}>
          Apply
        </button>
        {isFiltered && (
          <Link href="/caseload" className="text-sm font-medium text-brand-700 underline">
            Clear filters
          </Link>
        )}
      </div>
    </Form>
  );
}
