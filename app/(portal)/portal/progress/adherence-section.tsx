import type { RouterOutputs } from "@/app/_components/router-types";

type Adherence = RouterOutputs["portal"]["progress"]["adherence"];
type Figures = NonNullable<Adherence>["week"];

const cardClass = "rounded-xl border border-slate-200 bg-white p-4 shadow-sm";

/** Adherence (docs/clinical-rules.md R5.3) this program week and since the start, in whole percent. */
export function AdherenceSection({ adherence }: { adherence: Adherence }) {
  return (
    <section aria-labelledby="adherence-heading" className="space-y-3">
      <h2 id="adherence-heading" className="text-lg font-semibold">
        Sessions done
      </h2>
      {adherence === null ? (
        <div className={cardClass}>
          <p className="text-3xl font-bold text-slate-900" aria-hidden="true">
            —
          </p>
          <p className="mt-1 text-slate-700">Your physio has not set a program yet, so there is nothing to count.</p>
        </div>
      ) : (
        <>
          <FiguresCard id="adherence-week" title="This week" figures={adherence.week} />
          <FiguresCard id="adherence-overall" title="Since the start of your program" figures={adherence.overall} />
          <p className="text-sm text-slate-700">
            The share of sessions due so far that you did. A session you partly did counts as half. Extra runs count toward your load, not here.
          </p>
        </>
      )}
    </section>
  );
}

function FiguresCard({ id, title, figures }: { id: string; title: string; figures: Figures }) {
  const items: [string, number | null][] = [
    ["Exercises", figures.exercise],
    ["Runs", figures.run],
    ["Overall", figures.overall],
  ];
  return (
    <section aria-labelledby={`${id}-heading`} className={cardClass}>
      <h3 id={`${id}-heading`} className="text-base font-semibold">
        {title}
      </h3>
      <dl className="mt-3 grid grid-cols-3 gap-3">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt className="text-sm font-medium text-slate-700">{label}</dt>
            <dd>
              {value === null ? (
                <>
                  <span className="block text-3xl font-bold text-slate-900" aria-hidden="true">
                    —
                  </span>
                  <span className="block text-sm text-slate-700">Nothing due yet</span>
                </>
              ) : (
                <span className="block text-3xl font-bold text-slate-900">{value}%</span>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
