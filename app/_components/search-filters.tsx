import Form from "next/form";
import Link from "next/link";
import { buttonClass, CheckboxField, TextField } from "./form";

type Props = { action: string; name: string; searchLabel: string; search: string; includeArchived: boolean };

/** A GET search form: the filters live in the URL, so they survive reloads and can be shared. */
export function SearchFilters({ action, name, searchLabel, search, includeArchived }: Props) {
  return (
    // The key resets the uncontrolled inputs when the URL changes (e.g. after "Clear").
    <Form key={`${search}|${includeArchived}`} action={action} role="search" aria-label={name} className="flex flex-wrap items-end gap-4">
      <div className="w-full sm:w-80">
        <TextField name="q" type="search" label={searchLabel} defaultValue={search} autoComplete="off" maxLength={100} />
      </div>
      <div className="pb-2.5">
        <CheckboxField name="archived" value="1" label="Show archived" defaultChecked={includeArchived} />
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Search
      </button>
      {(search !== "" || includeArchived) && (
        <Link href={action} className="pb-2 text-sm font-medium text-brand-700 underline">
          Clear filters
        </Link>
      )}
    </Form>
  );
}
