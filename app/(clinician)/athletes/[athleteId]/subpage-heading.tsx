import Link from "next/link";
import type { ReactNode } from "react";

/** The top of a page under an athlete's record: the way back to the record, and the page's title (with anything shown beside it). */
export function SubpageHeading({ athleteId, name, title, beside }: { athleteId: string; name: string; title: string; beside?: ReactNode }) {
  return (
    <div className="space-y-2">
      <p>
        <Link href={`/athletes/${athleteId}`} className="text-sm font-medium text-brand-700 underline">
          Back to {name}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        {beside}
      </div>
    </div>
  );
}
