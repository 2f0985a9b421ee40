import { Circle, Document, Line, Page, StyleSheet, Svg, Text, View, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement, ReactNode } from "react";
import type { ReportModel } from "@/server/domain/reports/report-model";
import { registerReportFonts, REPORT_FONT_FAMILIES } from "./fonts";

registerReportFonts();

/** Space a heading needs below it on its page, else it moves to the next page with what it heads. */
const HEADING_PRESENCE = 60;

const s = StyleSheet.create({
  page: { fontFamily: REPORT_FONT_FAMILIES, fontSize: 9.5, paddingTop: 48, paddingBottom: 48, paddingHorizontal: 44, color: "#0f172a" },
  header: { position: "absolute", top: 20, left: 44, right: 44, fontSize: 8, color: "#475569", borderBottomWidth: 0.5, borderBottomColor: "#cbd5e1", paddingBottom: 4 },
  // Page numbers are drawn after layout and get no width when right-aligned as text (react-pdf): align the box instead.
  footer: { position: "absolute", bottom: 20, left: 44, right: 44, fontSize: 8, color: "#475569", alignItems: "flex-end" },
  letterhead: { borderBottomWidth: 0.75, borderBottomColor: "#1e3a8a", paddingBottom: 6, marginBottom: 10 },
  clinic: { fontSize: 13, fontWeight: "bold", color: "#1e3a8a" },
  clinicLine: { fontSize: 8.5, color: "#334155", marginTop: 1 },
  title: { fontSize: 16, fontWeight: "bold", marginBottom: 8 },
  notice: { borderWidth: 0.75, borderColor: "#b45309", padding: 6, marginBottom: 8, fontWeight: "bold", color: "#7c2d12" },
  h2: { fontSize: 11.5, fontWeight: "bold", marginTop: 12, marginBottom: 4, color: "#1e3a8a" },
  row: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e2e8f0", paddingVertical: 2 },
  cellLabel: { width: "38%", color: "#334155", paddingRight: 6 },
  cell: { flex: 1, paddingRight: 4 },
  th: { flex: 1, fontWeight: "bold", paddingRight: 4 },
  // react-pdf multiplies a unitless line height by the style's own font size (18 when unset), not the inherited one.
  para: { fontSize: 9.5, marginBottom: 4, lineHeight: 1.35 },
  bar: { height: 6, backgroundColor: "#1d4ed8", marginTop: 1 },
  barPlanned: { height: 6, backgroundColor: "#cbd5e1", marginTop: 1 },
  caption: { fontSize: 8, color: "#475569", marginTop: 2 },
  signature: { marginTop: 24, borderTopWidth: 0.5, borderTopColor: "#94a3b8", paddingTop: 6, width: "60%" },
});

/** A section heading that never stays alone at the foot of a page. */
function H2({ children }: { children: ReactNode }) {
  return <Text style={s.h2} minPresenceAhead={HEADING_PRESENCE}>{children}</Text>;
}

function Pairs({ rows }: { rows: [string, string][] }) {
  return (
    <View>
      {rows.map(([label, value]) => (
        <View key={label} style={s.row} wrap={false}>
          <Text style={s.cellLabel}>{label}</Text>
          <Text style={s.cell}>{value}</Text>
        </View>
      ))}
    </View>
  );
}

function Table({ head, rows }: { head: string[]; rows: string[][] }) {
  return (
    <View>
      <View style={s.row} wrap={false} minPresenceAhead={HEADING_PRESENCE / 2}>
        {head.map((h) => <Text key={h} style={s.th}>{h}</Text>)}
      </View>
      {rows.map((r, i) => (
        <View key={i} style={s.row} wrap={false}>
          {r.map((c, j) => <Text key={j} style={s.cell}>{c}</Text>)}
        </View>
      ))}
    </View>
  );
}

const classColour = { GREEN: "#15803d", AMBER: "#b45309", RED: "#b91c1c", INCOMPLETE: "#64748b" } as const;
const CHART = { width: 440, height: 110 };

/** Peak symptoms of each rated run across the period (0–10), coloured by session class, with the green line at 2/10. */
function SymptomChart({ model }: { model: ReportModel }) {
  const y = (peak: number) => CHART.height - (peak / 10) * CHART.height;
  // The heading is part of the unbreakable chart, so the two always share a page.
  return (
    <View wrap={false}>
      <Text style={s.h2}>Symptoms on runs</Text>
      <View style={{ flexDirection: "row" }}>
        <View style={{ width: 22, height: CHART.height, justifyContent: "space-between", fontSize: 7, color: "#475569" }}>
          <Text>10</Text>
          <Text>5</Text>
          <Text>0</Text>
        </View>
        <Svg width={CHART.width} height={CHART.height}>
          <Line x1={0} y1={CHART.height} x2={CHART.width} y2={CHART.height} stroke="#94a3b8" strokeWidth={0.75} />
          <Line x1={0} y1={0} x2={0} y2={CHART.height} stroke="#94a3b8" strokeWidth={0.75} />
          <Line x1={0} y1={y(2)} x2={CHART.width} y2={y(2)} stroke="#cbd5e1" strokeWidth={0.75} strokeDasharray="3,3" />
          {model.charts.symptoms.map((p, i) => (
            <Circle key={i} cx={4 + p.x * (CHART.width - 8)} cy={Math.min(CHART.height - 3, Math.max(3, y(p.peak)))} r={2.8} fill={classColour[p.sessionClass]} />
          ))}
        </Svg>
      </View>
      <Text style={s.caption}>
        Peak symptom of each run (0 to 10), {model.period}. Green, amber, red and grey dots are the session classes; the dashed line is 2/10.
      </Text>
    </View>
  );
}

/** Weekly planned vs run minutes as bars, with symptoms and the week's plan decision beside each week. */
function LoadChart({ model }: { model: ReportModel }) {
  const max = Math.max(1, ...model.charts.weeks.flatMap((w) => [w.plannedRunMinutes, w.runMinutes]));
  return (
    <View>
      {model.charts.weeks.map((w) => (
        <View key={w.label} style={s.row} wrap={false}>
          <Text style={{ width: "22%" }}>{w.label}</Text>
          <View style={{ width: "26%", paddingRight: 6 }}>
            <View style={[s.barPlanned, { width: `${(100 * w.plannedRunMinutes) / max}%` }]} />
            <View style={[s.bar, { width: `${(100 * w.runMinutes) / max}%` }]} />
          </View>
          <Text style={s.cell}>{w.figures}</Text>
          <Text style={{ width: "12%", fontWeight: "bold" }}>{w.decision}</Text>
        </View>
      ))}
      <Text style={s.caption}>Grey: planned run minutes. Blue: minutes run. Right: the plan decision made at the end of the week.</Text>
    </View>
  );
}

/** The signature with the paragraph before it, kept on one page: a page never holds the signature alone. */
function Closing({ model, children }: { model: ReportModel; children: ReactNode }) {
  return (
    <View wrap={false}>
      {children}
      <View style={s.signature}>
        <Text>{model.signature.name}{model.signature.registration ? `, registration ${model.signature.registration}` : ""}</Text>
        <Text>Signed {model.signature.date}</Text>
      </View>
    </View>
  );
}

/** The printed report: a pure rendering of its view model, A4 or US Letter, with a running header and page X of Y. */
export function ReportDocument({ model }: { model: ReportModel }): ReactElement<DocumentProps> {
  const planParagraphs = model.plan.text.split(/\n+/).filter((p) => p.trim());
  const lastPlanParagraph = planParagraphs.pop() ?? "";
  return (
    <Document title={model.title} author={model.signature.name} creator="StrideCare">
      <Page size={model.paper} style={s.page}>
        <Text style={s.header} fixed render={({ pageNumber }) => (pageNumber > 1 ? model.runningHeader : "")} />
        <View style={s.footer} fixed>
          <Text render={({ pageNumber, totalPages }) => `Page ${pageNumber} of ${totalPages}`} />
        </View>
        <View style={s.letterhead}>
          <Text style={s.clinic}>{model.letterhead.name}</Text>
          {model.letterhead.lines.map((l) => <Text key={l} style={s.clinicLine}>{l}</Text>)}
        </View>
        <Text style={s.title}>{model.title}</Text>
        {model.replaces && <Text style={s.notice}>{model.replaces}</Text>}
        <Pairs rows={model.identity} />

        <H2>Working diagnosis</H2>
        <Text style={s.para}>{model.diagnosis}</Text>

        <H2>Subjective</H2>
        <Text style={s.para}>{model.subjective.summary}</Text>
        <Pairs rows={model.subjective.figures} />

        <H2>Objective</H2>
        {model.objective.length ? <Table head={["Finding", "Baseline", "Latest", "Change"]} rows={model.objective.map((o) => [o.label, o.baseline, o.latest, o.change])} /> : <Text>No findings were re-tested in this period.</Text>}
        {model.objectiveNote && <Text style={s.caption}>{model.objectiveNote}.</Text>}

        <H2>Outcome scores</H2>
        {model.outcomes.length
          ? <Table head={["Measure", "Baseline", "Latest", "Change", "Important change", "Met"]} rows={model.outcomes.map((o) => [o.title, o.baseline, o.latest, o.change, o.mcid, o.met])} />
          : <Text>No outcome measures recorded.</Text>}

        {model.charts.symptoms.length ? (
          <SymptomChart model={model} />
        ) : (
          <>
            <H2>Symptoms on runs</H2>
            <Text>No rated runs in this period.</Text>
          </>
        )}

        <H2>Training load and decisions</H2>
        {model.charts.weeks.length ? <LoadChart model={model} /> : <Text>No program weeks in this period.</Text>}
        {model.plan.decisions.map((d) => <Text key={d} style={s.para}>{d}</Text>)}

        <H2>Adherence</H2>
        <Pairs rows={model.adherence} />

        <H2>Assessment</H2>
        <Text style={s.para}>{model.assessment.impression}</Text>
        <Text style={[s.para, { fontWeight: "bold" }]} minPresenceAhead={20}>Red-flag screen</Text>
        {model.assessment.redFlags.map((f) => <Text key={f} style={s.para}>{f}</Text>)}

        <H2>Goals</H2>
        {model.goals.length ? model.goals.map((g) => <Text key={g} style={s.para}>• {g}</Text>) : <Text style={s.para}>No goals recorded in this report.</Text>}

        <H2>{model.plan.title}</H2>
        <Text style={s.para}>{model.plan.program ? `Program: ${model.plan.program}` : "No exercise program in place."}</Text>
        {model.plan.exercises.map((e) => <Text key={e}>• {e}</Text>)}
        {model.plan.stage && <Text style={s.para}>Run/walk: {model.plan.stage}</Text>}
        {planParagraphs.map((p, i) => <Text key={i} style={s.para}>{p}</Text>)}

        {model.discharge ? (
          <>
            <Text style={s.para}>{lastPlanParagraph}</Text>
            <Closing model={model}>
              <Text style={s.h2}>Discharge</Text>
              <Pairs rows={[["Goals met", model.discharge.goalsMet], ["Load reached", model.discharge.loadReached], ["When to come back", model.discharge.returnAdvice]]} />
            </Closing>
          </>
        ) : (
          <Closing model={model}>
            <Text style={s.para}>{lastPlanParagraph}</Text>
          </Closing>
        )}
      </Page>
    </Document>
  );
}
