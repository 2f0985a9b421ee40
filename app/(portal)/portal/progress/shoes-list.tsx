import { ShoeTitle } from "@/app/_components/shoe-title";
import { formatDate } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";

type Shoe = RouterOutputs["portal"]["progress"]["shoes"][number];

/** The athlete's shoes with their mileage and review distance (docs/clinical-rules.md 4.3), in use first. */
export function ShoesList({ shoes }: { shoes: Shoe[] }) {
  return (
    <section aria-labelledby="shoes-heading" className="space-y-3">
      <h2 id="shoes-heading" className="text-lg font-semibold">
        Your shoes
      </h2>
      {shoes.length === 0 ? (
        <p className="rounded-xl border border-slate-200 bg-white p-4 text-slate-700 shadow-sm">No shoes recorded yet. Your physio can add them.</p>
      ) : (
        <ul className="space-y-3">
          {shoes.map((s) => (
            <li key={s.id} className={`rounded-xl border border-slate-200 p-4 shadow-sm ${s.retiredAt ? "bg-slate-50" : "bg-white"}`}>
              <ShoeTitle shoe={s} />
              <p className="mt-1 text-sm text-slate-800">
                {s.totalKm} km so far · review at {s.reviewDistanceKm} km
              </p>
              {s.retiredAt ? (
                <p className="mt-1 text-sm text-slate-700">Retired on {formatDate(s.retiredAt)}.</p>
              ) : s.isDueForReview ? (
                <p className="mt-1 text-sm text-slate-800">These shoes have reached their review distance. Ask your physio about them at your next visit.</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
