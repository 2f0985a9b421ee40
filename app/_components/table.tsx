import type { ReactNode } from "react";

export const thClass = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700";
export const tdClass = "px-3 py-2 align-top text-sm text-slate-800";

/** A captioned table that scrolls sideways on small screens; the scroll area is keyboard reachable. */
export function DataTable({ caption, captionHidden = false, children }: { caption: string; captionHidden?: boolean; children: ReactNode }) {
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full divide-y divide-slate-200">
        <caption className={captionHidden ? "sr-only" : "px-3 py-2 text-left text-sm font-semibold text-slate-800"}>{caption}</caption>
        {children}
      </table>
    </div>
  );
}

/** A header row of column names (each a `th scope="col"`). */
export function TableHead({ columns }: { columns: string[] }) {
  return (
    <thead className="bg-slate-50">
      <tr>
        {columns.map((column) => (
          <th key={column} scope="col" className={thClass}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
