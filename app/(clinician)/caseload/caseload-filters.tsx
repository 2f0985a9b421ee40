import Form from "next/form";
import Link from "next/link";
import { buttonClass, CheckboxField, TextField } from "@/app/_components/form";

/** A GET form: the filters live in the URL, so they survive reloads and can be shared. */
export function CaseloadFilters({ search, includeArchived }: { search: string; includeArchived: boolean }) {
  const isFiltered = search !== "" || includeArchived;
  return (
    // The key resets the uncontrolled inputs when the URL changes (e.g. after "Clear").
    <Form key={`${search}|${includeArchived}`} action="/caseload" role="search" aria-label="Athletes" className="flex flex-wrap items-end gap-4">
      <div className="w-full sm:w-80">
        <TextField name="q" type="search" label="Search athletes" defaultValue={search} autoComplete="off" maxLength={100} />
      </div>
      <div className="pb-2.5">
        <CheckboxField name="archived" value="1" label="Show archived" defaultChecked={includeArchived} />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
      {isFiltered && (
        <Link href="/caseload" className="pb-2 text-sm font-medium text-brand-700 underline">
          Clear filters
        </Link>
      )}
    </Form>
  );
}
