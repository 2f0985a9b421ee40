import { Badge } from "@/app/_components/badge";
import { DateTime } from "@/app/_components/date-time";
import { formatDate, plural } from "@/app/_components/format";
import { sessionClassLabels } from "@/app/_components/plan/labels";
import type { RouterOutputs } from "@/app/_components/router-types";
import { DataTable, TableHead, tdClass } from "@/app/_components/table";
import { formatKm } from "@/server/domain/logs/distance";
import { crossTrainingLabels, exerciseStatusLabels, type LogEntry } from "@/server/domain/logs/schemas";
import { peakOf, peakSymptomsOf, runSurfaceLabels, symptomKeys } from "@/server/domain/progression/run-log";

type Logs = RouterOutputs["log"]["list"];
type Log = Logs[number];

/** The section lists the latest entries; the whole history stays in the API. */
const SHOWN = 30;

const kindLabels: Record<Log["kind"], string> = { run: "Run", exercise: "Exercise", cross_training: "Cross-training" };

const classTones = { RED: "danger", AMBER: "warning", GREEN: "success", INCOMPLETE: "neutral" } as const;

/** The clinic's number format for distances and temperatures. */
const clinicLocale = "en-GB";
const temperature = new Intl.NumberFormat(clinicLocale, { maximumFractionDigits: 1 });

/** Each rating as logged, a skipped one as "not rated": "numbness 0, tingling 4, burning not rated, pain 0". */
function ratingsOf(entry: Extract<LogEntry, { kind: "run" }>): string {
  if (symptomKeys.every((k) => entry[k] === null)) return "symptoms not rated";
  return symptomKeys.map((k) => `${k} ${entry[k] === null ? "not rated" : `${entry[k]}/10`}`).join(", ");
}

/** A run's distance, total time, symptom ratings, conditions, shoe and note: the second line of its row. */
function runDetails(entry: Extract<LogEntry, { kind: "run" }>, shoeLabel: string | null): string {
  const total = entry.durationMinutes != null && entry.durationMinutes !== entry.runMinutes ? `${entry.durationMinutes} min in total` : null;
  const distance = entry.distanceKm != null ? formatKm(entry.distanceKm, clinicLocale) : null;
  const before = entry.preNrs === null ? "before the run not rated" : `before the run ${entry.preNrs}/10`;
  const temp = entry.temperatureC !== null ? `${temperature.format(entry.temperatureC)} °C` : null;
  const shoe = entry.shoeId ? `shoe ${shoeLabel ?? "no longer listed"}` : null;
  const line = [total, distance, ratingsOf(entry), before, temp, shoe].filter(Boolean).join(" · ");
  return entry.note ? `${line} · Note: “${entry.note}”` : line;
}

/** What was done, in one line per kind of entry. */
function entrySummary(entry: LogEntry, exerciseName: string | null = null): string {
  switch (entry.kind) {
    case "run": {
      const peak = peakOf(entry);
      const minutes = entry.plannedRunMinutes !== null ? `${entry.runMinutes} of ${entry.plannedRunMinutes} min run` : `${entry.runMinutes} min run (unplanned)`;
      const peakText = peak === null ? "peak not rated" : `peak ${peak}/10${peak > 0 ? ` (${peakSymptomsOf(entry).join(", ")})` : ""}`;
      const rpe = entry.rpe === null ? "RPE not rated" : `RPE ${entry.rpe}`;
      return [minutes, rpe, peakText, runSurfaceLabels[entry.surface]].join(" · ");
    }
    case "exercise": {
      const volume = entry.setsDone !== null || entry.repsDone !== null ? `${entry.setsDone ?? "?"} × ${entry.repsDone ?? "?"}` : null;
      const symptoms = entry.symptomNrs !== null ? `symptoms ${entry.symptomNrs}/10` : "symptoms not rated";
      return [exerciseName, exerciseStatusLabels[entry.status], volume, symptoms].filter(Boolean).join(" · ");
    }
    case "cross_training":
      return [crossTrainingLabels[entry.activity], `${entry.minutes} min`, `RPE ${entry.rpe}`].join(" · ");
  }
}

/** Everything the athlete logged (log.list), newest first: the latest entries with their run class and corrections. */
export function LogsSection({ logs }: { logs: Logs }) {
  const shown = logs.slice(0, SHOWN);
  return (
    <section aria-labelledby="logs-heading" className="space-y-3">
      <h2 id="logs-heading" className="text-lg font-semibold text-slate-900">
        Logged sessions
      </h2>
      {logs.length === 0 ? (
        <p className="text-slate-700">Nothing logged yet. Runs, exercise sessions and cross-training the athlete logs in the portal appear here.</p>
      ) : (
        <>
          {logs.length > SHOWN && (
            <p className="text-sm text-slate-700">
              The latest {SHOWN} of {plural(logs.length, "entry", "entries")}.
            </p>
          )}
          <DataTable caption="Logged sessions, newest first" captionHidden>
            <TableHead columns={["Date", "Kind", "What", "Class", "Status"]} />
            <tbody className="divide-y divide-slate-200">
              {shown.map((l) => (
                <tr key={l.id}>
                  <td className={`${tdClass} whitespace-nowrap`}>{formatDate(l.date)}</td>
                  <td className={tdClass}>{kindLabels[l.kind]}</td>
                  <td className={tdClass}>
                    {entrySummary(l.entry, l.exerciseName)}
                    {l.entry.kind === "run" && <span className="mt-0.5 block text-xs text-slate-700">{runDetails(l.entry, l.shoeLabel)}</span>}
                  </td>
                  <td className={tdClass}>
                    {l.runClass ? (
                      <>
                        <Badge tone={classTones[l.runClass]}>{sessionClassLabels[l.runClass] ?? l.runClass}</Badge>
                        {l.classReasons.length > 0 && (
                          <ul className="mt-1 space-y-0.5 text-xs text-slate-700">
                            {l.classReasons.map((reason) => (
                              <li key={reason}>{reason}</li>
                            ))}
                          </ul>
                        )}
                      </>
                    ) : (
                      <span className="text-slate-700">Not a run</span>
                    )}
                  </td>
                  <td className={tdClass}>
                    <LogStatus log={l} />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </>
      )}
    </section>
  );
}

function LogStatus({ log }: { log: Log }) {
  const hasRevisions = log.revisions.length > 0;
  if (!hasRevisions && !log.needsNextMorning) return <span className="text-slate-700">Logged</span>;
  return (
    <div className="space-y-1">
      {log.needsNextMorning && <p className="text-xs font-medium text-slate-800">Waiting for next-morning answer</p>}
      {hasRevisions && (
        <>
          <Badge>Corrected</Badge>
          <details className="text-xs text-slate-800">
            <summary className="cursor-pointer font-medium text-brand-700">
              {log.revisions.length === 1 ? "1 earlier version" : `${log.revisions.length} earlier versions`}
            </summary>
            <ul className="mt-1 space-y-1">
              {log.revisions.map((r) => (
                <li key={r.version}>
                  <span className="font-medium">
                    Version {r.version}, replaced <DateTime value={r.replacedAt} />
                  </span>
                  <span className="block text-slate-700">{r.entry ? entrySummary(r.entry) : "Could not be read"}</span>
                </li>
              ))}
            </ul>
          </details>
        </>
      )}
    </div>
  );
}
