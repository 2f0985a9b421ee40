import { Badge } from "@/app/_components/badge";
import type { RouterOutputs } from "@/app/_components/router-types";
import { shoeUseLabels } from "@/server/domain/shoes/schemas";

type Shoe = Pick<RouterOutputs["shoe"]["list"][number], "brand" | "model" | "use" | "retiredAt" | "isDueForReview">;

/** A shoe's name with its use, and whether it is retired or due for review (docs/clinical-rules.md 4.3), for every shoe list. */
export function ShoeTitle({ shoe }: { shoe: Shoe }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="font-semibold text-slate-900">
        {shoe.brand} {shoe.model}
      </span>
      <Badge>{shoeUseLabels[shoe.use]}</Badge>
      {shoe.retiredAt && <Badge>Retired</Badge>}
      {!shoe.retiredAt && shoe.isDueForReview && <Badge tone="warning">Due for review</Badge>}
    </div>
  );
}
