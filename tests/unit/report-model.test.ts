// Rule ids in the test names (R2.3, 7.4 …) are sections of docs/clinical-rules.md.
import { describe, expect, it } from "vitest";
import {
  buildReportModel, changeInWords, doseOf, findingRow, outcomeRows, retestedFindings, symptomPoints, symptomSummary, valueInWords, weekRow, withoutRuleCodes,
  type ReportFinding, type ReportInput, type ReportRun,
} from "@/server/domain/reports/report-model";

const period = { from: "2026-10-01", to: "2026-11-25" };
const run = (date: string, peak: number | null, sessionClass: ReportRun["sessionClass"] = "GREEN", symptomFreeMinutes = 10): ReportRun => ({ date, peak, sessionClass, runMinutes: 20, symptomFreeMinutes });

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  kind: "progress", paper: "A4", issuedOn: "2026-11-26", period,
  clinic: { name: "Demo Clinic", address: "12 Harbour Road\nBristol BS1 4QA", phone: "+44 117 496 0000", email: "hello@demo-clinic.example" }, therapist: { name: "Sam Patel", registration: "PH12345" },
  athlete: { name: "Jordan Rivera", dateOfBirth: "1990-04-02", reference: "A-1D063A3D", goal: null }, visits: 1,
  runs: [run("2026-10-02", 4, "AMBER", 8), run("2026-10-05", 2), run("2026-11-20", 1, "GREEN", 20), run("2026-11-24", 0, "GREEN", 24)],
  outcomes: [{ instrument: "LEFS", baseline: { date: "2026-10-01", score: 42 }, latest: { date: "2026-11-24", score: 55 } }],
  findings: [{ label: "Weight-bearing lunge (right)", unit: "cm", baseline: 8, latest: 10.5, change: 2.5, direction: "better", mcidLabel: "MDC 1.6 cm", passesMcid: true }],
  redFlags: [{ raisedOn: "2026-10-10", urgency: "urgent", triggers: ["T-U1: new weakness lifting the big toe"], handledOn: "2026-10-11", handling: "Referred" }],
  program: { name: "Return to run", exercises: [{ name: "Supine tibial nerve slider", dose: "2 × 10, 7×/week" }] },
  plan: { stage: "S4", weeklyRunMinutes: 60, decisions: [{ weekIndex: 6, decision: "PROGRESS", reason: "Progress: 3 green runs" }] },
  adherence: { exercise: 86, run: 92, overall: 89 }, weeks: [{ startDate: "2026-11-16", plannedRunMinutes: 60, runMinutes: 58, load: 180, maxPeak: 1, decision: "PROGRESS" }],
  referrer: "", claim: "", impression: "Improving <b>steadily</b> & symptom-free on flat routes.", planText: "Continue S4; review in 2 weeks.", discharge: null,
  diagnosis: "", goals: "", dataOnly: false, replaces: null, ...over,
});

describe("report view model (8)", () => {
  it("summarises symptoms then and now, in words and numbers", () => {
    const s = symptomSummary(input().runs, period);
    expect(s.summary).toBe(
      "Peak symptoms on runs averaged 3/10 in the first two weeks and 0.5/10 in the last two. 4 runs were logged: 3 green, 1 amber, 0 red, 0 incomplete. Symptom-free running time per run went from 9 to 22 minutes.",
    );
    expect(symptomSummary([], period).summary).toBe("No runs were logged in this period.");
  });

  it("marks outcome changes against the instrument's MCID", () => {
    expect(outcomeRows(input().outcomes)).toEqual([{ title: expect.stringContaining("Lower Extremity"), baseline: "42 (1 Oct 2026)", latest: "55 (24 Nov 2026)", change: "+13 points (better)", mcid: "9 points", met: "yes" }]);
    expect(outcomeRows([{ instrument: "LEFS", baseline: { date: "2026-10-01", score: 42 }, latest: { date: "2026-11-24", score: 50 } }])[0]!.met).toBe("no");
    expect(outcomeRows([{ instrument: "LEFS", baseline: null, latest: { date: "2026-11-24", score: 50 } }])[0]).toMatchObject({ change: "—", met: "—" });
  });

  it("keeps what the therapist typed as literal text and lists red flags with their handling", () => {
    const m = buildReportModel(input());
    expect(m.assessment.impression).toBe("Improving <b>steadily</b> & symptom-free on flat routes.");
    expect(m.assessment.redFlags).toEqual(["10 Oct 2026: Urgent (medical review within days): new weakness lifting the big toe. Referred on 11 Oct 2026."]);
    expect(m.runningHeader).toBe("Demo Clinic · Progress report · Jordan Rivera · 1 Oct 2026 to 25 Nov 2026");
    expect(m.signature).toEqual({ name: "Sam Patel", registration: "PH12345", date: "26 Nov 2026" });
    expect(m.discharge).toBeNull();
  });

  it("frames a discharge with the load reached and when to come back", () => {
    const m = buildReportModel(input({ kind: "discharge", discharge: { goalsMet: "Runs 30 min continuous, peak ≤ 2/10", returnAdvice: "Come back if tingling returns above 3/10" } }));
    expect(m.title).toBe("Discharge and return-to-run summary");
    expect(m.plan.title).toBe("Home program to continue");
    expect(m.discharge).toEqual({ goalsMet: "Runs 30 min continuous, peak ≤ 2/10", returnAdvice: "Come back if tingling returns above 3/10", loadReached: "58 run minutes in the last week (S4)" });
  });

  it("prints re-test findings with units, change, direction and the MCID/MDC verdict", () => {
    expect(buildReportModel(input()).objective).toEqual([{ label: "Weight-bearing lunge (right)", baseline: "8 cm", latest: "10.5 cm", change: "+2.5 cm (better); reaches MDC 1.6 cm" }]);
    expect(findingRow({ label: "Heel raises (left)", unit: "", baseline: 20, latest: 18, change: -2, direction: "worse", mcidLabel: null, passesMcid: null }))
      .toEqual({ label: "Heel raises (left)", baseline: "20", latest: "18", change: "-2 (worse)" });
    expect(findingRow({ label: "Toe flexion strength (right)", unit: "MRC 0–5", baseline: 3, latest: 4, change: 1, direction: "better", mcidLabel: null, passesMcid: null }))
      .toEqual({ label: "Toe flexion strength (right)", baseline: "grade 3 of 5", latest: "grade 4 of 5", change: "+1 grade (better)" });
    expect(findingRow({ label: "Tinel", unit: "", baseline: 1, latest: null, change: null, direction: null, mcidLabel: "MCID 1", passesMcid: null }).change).toBe("—");
  });

  it("writes a prescription's dose in words", () => {
    expect(doseOf({ sets: 3, reps: 10, holdSeconds: null, perWeek: 5, side: "left" })).toBe("3 × 10 reps, 5/week, left");
    expect(doseOf({ sets: null, reps: null, holdSeconds: 30, perWeek: 7, side: "both" })).toBe("30 s hold, 7/week");
  });

  it("places rated runs across the period for the symptom chart", () => {
    expect(symptomPoints([run("2026-10-01", 4, "AMBER"), run("2026-10-29", null), run("2026-11-25", 0)], period)).toEqual([
      { x: 0, peak: 4, sessionClass: "AMBER" },
      { x: 1, peak: 0, sessionClass: "GREEN" },
    ]);
    expect(symptomPoints([run("2026-11-25", 3)], { from: "2026-11-25", to: "2026-11-25" })).toEqual([{ x: 0.5, peak: 3, sessionClass: "GREEN" }]);
  });

  it("names the referrer and the insurer's claim only when given", () => {
    const m = buildReportModel(input({ referrer: "Dr A. Smith, GP", claim: "Acme Health, claim 88-1234" }));
    expect(m.identity).toContainEqual(["Referrer", "Dr A. Smith, GP"]);
    expect(m.identity).toContainEqual(["Insurer and claim", "Acme Health, claim 88-1234"]);
    expect(buildReportModel(input()).identity.map(([k]) => k)).not.toContain("Referrer");
  });

  it("names the goal and the visits in the period", () => {
    const m = buildReportModel(input({ athlete: { ...input().athlete, goal: "10 km by 2027-03-01" }, visits: 2 }));
    expect(m.identity).toContainEqual(["Goal", "10 km by 2027-03-01"]);
    expect(m.identity).toContainEqual(["Assessment visits in period", "2"]);
    expect(buildReportModel(input()).identity.map(([k]) => k)).not.toContain("Goal");
  });
});

describe("printed words and units", () => {
  it.each([
    [6, "NRS 0–10", "6/10"], [4, "MRC 0–5", "grade 4 of 5"], [2, "correct of 3", "2 of 3 correct"], [45, "%", "45 %"], [8, "cm", "8 cm"], [3, "", "3"], [null, "cm", "—"],
  ])("value %s %s reads %s", (v, unit, words) => expect(valueInWords(v, unit)).toBe(words));

  it.each([
    [1, "MRC 0–5", "+1 grade"], [-2, "MRC 0–5", "-2 grades"], [-3, "NRS 0–10", "-3 points"], [1, "NRS 0–10", "+1 point"],
    [5, "%", "+5 percentage points"], [-1, "%", "-1 percentage point"], [13, "points", "+13 points"], [2.5, "cm", "+2.5 cm"], [0, "", "0"],
  ])("change %s %s reads %s", (change, unit, words) => expect(changeInWords(change, unit)).toBe(words));

  it.each([
    ["T-U1: new weakness", "new weakness"], ["Saddle numbness (T-E1)", "Saddle numbness"], ["Hold (R3): 2 amber runs", "Hold: 2 amber runs"],
    ["Numbness now in both feet", "Numbness now in both feet"], ["R2 amber", "amber"], ["Route A12 closed", "Route A12 closed"],
  ])("%j prints as %j", (text, printed) => expect(withoutRuleCodes(text)).toBe(printed));

  it("prints no rule codes or acknowledgement notes anywhere in the model", () => {
    const m = buildReportModel(input({ plan: { stage: "S4", weeklyRunMinutes: 60, decisions: [{ weekIndex: 1, decision: "HOLD", reason: "Hold (R3): 1 red run" }] } }));
    expect(JSON.stringify(m)).not.toMatch(/\bT-[EUR]\d|\bR\d\b/);
  });

  it("writes a week of load in words with one date format", () => {
    expect(weekRow({ startDate: "2026-11-16", plannedRunMinutes: 60, runMinutes: 58, load: 180, maxPeak: null, decision: "REGRESS" })).toEqual({
      label: "Week of 16 Nov 2026", plannedRunMinutes: 60, runMinutes: 58, figures: "58 of 60 run minutes · load 180 (minutes × effort) · no rated runs", decision: "Step back",
    });
  });
});

describe("report header, diagnosis, goals and the therapist's words", () => {
  it("prints the clinic's name, address and contact in the letterhead", () => {
    expect(buildReportModel(input()).letterhead).toEqual({ name: "Demo Clinic", lines: ["12 Harbour Road, Bristol BS1 4QA", "Phone +44 117 496 0000 · Email hello@demo-clinic.example"] });
    expect(buildReportModel(input({ clinic: { name: "New Clinic", address: "", phone: "", email: "" } })).letterhead).toEqual({ name: "New Clinic", lines: [] });
  });

  it("shows only re-tested findings and counts the rest", () => {
    const f = (label: string, latest: number | null): ReportFinding => ({ label, unit: "cm", baseline: 8, latest, change: latest === null ? null : latest - 8, direction: null, mcidLabel: null, passesMcid: null });
    const { rows, note } = retestedFindings([f("A", 9), f("B", null), f("C", null), { ...f("D", 9), baseline: null }]);
    expect(rows.map((r) => r.label)).toEqual(["A"]);
    expect(note).toBe("3 other findings not re-tested");
    expect(retestedFindings([f("A", 9)]).note).toBeNull();
    expect(retestedFindings([f("B", null)]).note).toBe("1 other finding not re-tested");
  });

  it("prints the working diagnosis and one goal a line", () => {
    const m = buildReportModel(input({ diagnosis: "Right tarsal tunnel syndrome", goals: "Run 30 min continuous\n\n  Half marathon by 12 Apr 2027 " }));
    expect(m.diagnosis).toBe("Right tarsal tunnel syndrome");
    expect(m.goals).toEqual(["Run 30 min continuous", "Half marathon by 12 Apr 2027"]);
    expect(buildReportModel(input()).diagnosis).toBe("Not recorded in this report.");
  });

  it("says so on a data-only report, and names the report a correction replaces", () => {
    const m = buildReportModel(input({ impression: "", planText: "", dataOnly: true, replaces: { kind: "progress", issuedOn: "2026-11-20", reference: "AB12CD34" } }));
    expect(m.assessment.impression).toBe("Not written: the therapist issued this as a data-only report.");
    expect(m.plan.text).toBe("Not written: the therapist issued this as a data-only report.");
    expect(m.replaces).toBe("This report replaces the progress report issued 20 Nov 2026 (reference AB12CD34), which was withdrawn.");
  });
});
