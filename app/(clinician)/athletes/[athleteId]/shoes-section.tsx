import { ShoeTitle } from "@/app/_components/shoe-title";
import { formatDate } from "@/app/_components/format";
import type { RouterOutputs } from "@/app/_components/router-types";
import { AddShoeForm, RetireShoeButton } from "./shoe-forms";

type Shoe = RouterOutputs["shoe"]["list"][number];

/** The athlete's shoes: footwear reviews, run logs and reports refer to them. */
export function ShoesSection({
  athleteId, shoes, canWrite, defaultReviewKm,
}: { athleteId: string; shoes: Shoe[]; canWrite: boolean; defaultReviewKm: number }) {
  return (
    <section aria-labelledby="shoes-heading" className="space-y-3">
      <h2 id="shoes-heading" className="text-lg font-semibold text-slate-900">
        Shoes
      </h2>
      {shoes.length === 0 ? (
        <p className="text-slate-700">No shoes recorded yet.</p>
      ) : (
        <ul className="space-y-2">
          {shoes.map((s) => (
            <li key={s.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm">
              <ShoeTitle shoe={s} />
              <p className="text-slate-700">
                {s.totalKm} km ({s.startingKm} at start + {s.loggedKm} logged) · review at {s.reviewDistanceKm} km
                {s.purchaseDate ? ` · bought ${formatDate(s.purchaseDate)}` : ""}
              </p>
              {canWrite && !s.retiredAt && <RetireShoeButton shoeId={s.id} name={`${s.brand} ${s.model}`} />}
            </li>
          ))}
        </ul>
      )}
      {canWrite && <AddShoeForm athleteId={athleteId} defaultReviewKm={defaultReviewKm} />}
    </section>
  );
}
