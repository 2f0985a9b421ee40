// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import { outcomeDueDates } from "@/server/domain/outcomes/schedule";

describe("outcomeDueDates (R9.5: at every re-assessment interval)", () => {
  it("counts from each instrument's latest completion, soonest first", () => {
    const due = outcomeDueDates(
      [
        { instrument: "LEFS", completedDate: "2026-09-01" },
        { instrument: "LEFS", completedDate: "2026-10-20" },
        { instrument: "PSFS", completedDate: "2026-10-06" },
      ],
      6,
      "2026-11-17",
    );
    expect(due).toEqual([
      { instrument: "PSFS", lastCompleted: "2026-10-06", dueDate: "2026-11-17", isDue: true },
      { instrument: "LEFS", lastCompleted: "2026-10-20", dueDate: "2026-12-01", isDue: false },
    ]);
  });

  it("is empty before any completion", () => {
    expect(outcomeDueDates([], 6, "2026-11-17")).toEqual([]);
  });
});
