import { Badge } from "@/app/_components/badge";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
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
      <TableHead columns={["#", "Exercise", "Sets", "Reps", "Hold (s)", "Times per week", "Side", "Notes"]} />
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
