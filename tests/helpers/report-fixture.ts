import type { ReportInput } from "@/server/domain/reports/report-model";

const day = (offset: number) => new Date(Date.UTC(2026, 9, 1 + offset)).toISOString().slice(0, 10);

/**
 * A full report input: eight weeks of runs, 30 re-test findings and a run/walk plan; it renders to
 * three A4 pages (the report the render test and the benchmark use).
 */
export const reportInputFixture: ReportInput = {
  kind: "progress", paper: "A4", issuedOn: "2026-11-26", period: { from: "2026-10-01", to: "2026-11-25" },
  clinic: { name: "Demo Clinic", address: "12 Harbour Road\nBristol BS1 4QA", phone: "+44 117 496 0000", email: "hello@demo-clinic.example" }, therapist: { name: "Sam Patel", registration: "PH12345" },
  athlete: { name: "Jordan Rivera", dateOfBirth: "1990-04-02", reference: "A-1D063A3D", goal: "Half marathon by 12 Apr 2027" },
  visits: 2,
  runs: Array.from({ length: 24 }, (_, i) => ({
    date: day(2 * i), peak: i % 5, sessionClass: i % 7 === 0 ? "AMBER" as const : "GREEN" as const, runMinutes: 12 + i, symptomFreeMinutes: 8 + i,
  })),
  outcomes: [{ instrument: "LEFS", baseline: { date: "2026-10-01", score: 42 }, latest: { date: "2026-11-24", score: 55 } }],
  // 30 comparison rows: 18 measured at both visits, 12 only at baseline (not re-tested).
  findings: Array.from({ length: 30 }, (_, i) => ({
    label: `Finding ${i + 1}`, unit: "cm", baseline: 8, latest: i < 18 ? 10.5 : null, change: i < 18 ? 2.5 : null, direction: i < 18 ? "better" as const : null,
    mcidLabel: "MDC 1.6 cm", passesMcid: i < 18 ? true : null,
  })),
  redFlags: [{ raisedOn: "2026-10-10", urgency: "urgent", triggers: ["New weakness lifting the big toe"], handledOn: "2026-10-11", handling: "Referred" }],
  program: { name: "Return to run", exercises: [{ name: "Supine tibial nerve slider", dose: "2 × 10, 7×/week" }] },
  plan: { stage: "S4", weeklyRunMinutes: 60, decisions: [{ weekIndex: 6, decision: "PROGRESS", reason: "Progress: 3 green runs, peak ≤ 2/10" }] },
  adherence: { exercise: 86, run: 92, overall: 89 },
  weeks: Array.from({ length: 8 }, (_, i) => ({
    startDate: day(7 * i), plannedRunMinutes: 36 + 4 * i, runMinutes: 34 + 4 * i, load: 100 + 10 * i, maxPeak: i % 4, decision: i === 6 ? "PROGRESS" : i < 7 ? "HOLD" : null,
  })),
  referrer: "Dr A. Smith, GP", claim: "",
  impression: "Improving <b>steadily</b> & symptom-free on flat routes.", planText: "Continue S4; review in 2 weeks.", discharge: null,
  diagnosis: "Clinical features consistent with right tibial nerve entrapment at the tarsal tunnel; lumbar radiculopathy excluded.",
  goals: "Run 30 min continuous on road, peak symptom ≤ 2/10, by 1 Feb 2027\nHalf marathon by 12 Apr 2027",
  dataOnly: false, replaces: null,
};

/**
 * The same report for a name in several scripts with an emoji, a long URL and long words, and a long
 * impression and plan: the fixture of the print review (tests/unit/report-print.test.ts).
 */
export const mixedScriptFixture: ReportInput = {
  ...reportInputFixture,
  athlete: { ...reportInputFixture.athlete, name: "Zoë Ødegård-Nakamura 中村 😀" },
  referrer: "Dr Ωmega Papadopoulou-Wiśniewska, https://referrals.example-health-service.org/clinicians/papadopoulou-wisniewska/letters",
  impression:
    "Zoë reports fewer symptoms 😀 since switching shoes. Sehr gute Fortschritte: Donaudampfschifffahrtsgesellschaftskapitänswitwe-level persistence. " +
    "שלום · مرحبا · こんにちは · 你好. ".repeat(2) +
    "Improving steadily on flat routes, with tingling settling within the hour after every run of the last three weeks. ".repeat(8),
  planText: [
    "Continue the run/walk plan at the current stage with three runs a week, and review in two weeks.",
    "Nerve sliders daily; calf strength three times a week. ".repeat(6),
    "See https://www.example-health-service.org/patient-information/tarsal-tunnel-syndrome/running-after-nerve-irritation for the leaflet.",
  ].join("\n"),
};
