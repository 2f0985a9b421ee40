import { Badge } from "@/app/_components/badge";
import { DataTable, tdClass, thClass } from "@/app/_components/table";
import { programSideLabels } from "@/server/domain/programs/schemas";
import type { ProgramItemView } from "./items";

function None() {
  return (
    <span className="text-slate-600">
      <span aria-hidden="true">—</span>
      <span className="sr-only">None</span>
    </span>
  );
}

const value = (n: number | null) => (n === null ? <None /> : n);

/** The prescribed exercises in order, read-only (what the athlete sees). */
export function ProgramItemsTable({ caption, items }: { caption: string; items: ProgramItemView[] }) {
  if (items.length === 0) return <p className="text-slate-700">No exercises in this version.</p>;
  return (
    <DataTable caption={caption}>
      <thead className="bg-slate-50">
        <tr>
          <th scope="col" className={thClass}>
            #
          </th>
          <th scope="col" className={thClass}>
            Exercise
          </th>
          <th scope="col" className={thClass}>
            Sets
          </th>
          <th scope="col" className={thClass}>
            Reps
          </th>
          <th scope="col" className={thClass}>
            Hold (s)
          </th>
          <th scope="col" className={thClass}>
            Times per week
          </th>
          <th scope="col" className={thClass}>
            Side
          </th>
          <th scope="col" className={thClass}>
            Notes
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200">
        {items.map((item, index) => (
          <tr key={`${item.exerciseId}-${item.side}`}>
            <td className={tdClass}>{index + 1}</td>
            <th scope="row" className="px-3 py-2 text-left align-top text-sm font-medium text-slate-900">
              <span className="mr-2">{item.exerciseName}</span>
              {item.glideKind && <Badge tone="warning">{item.glideKind === "slider" ? "Nerve slider" : "Nerve tensioner"}</Badge>}
              {item.archived && (
                <span className="ml-1">
                  <Badge>Archived in the library</Badge>
                </span>
              )}
            </th>
            <td className={tdClass}>{value(item.sets)}</td>
            <td className={tdClass}>{value(item.reps)}</td>
            <td className={tdClass}>{value(item.holdSeconds)}</td>
            <td className={tdClass}>{item.perWeek}</td>
            <td className={tdClass}>{programSideLabels[item.side]}</td>
            <td className={tdClass}>{item.notes ?? <None />}</td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
