import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/badge";
import { formatDate, todayIso } from "@/app/_components/format";
import { toLibrary } from "@/app/_components/program/items";
import { ProgramItemsTable } from "@/app/_components/program/program-items-table";
import type { RouterOutputs } from "@/app/_components/router-types";
import { api, orNotFound } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { can } from "@/server/domain/access";
import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { EndProgramButton } from "./end-program-button";
import { ReviseProgramForm } from "./revise-program-form";
import { RunPlanSection } from "./run-plan-section";
import { StartProgramForm } from "./start-program-form";
import { SubpageHeading } from "../subpage-heading";

export const metadata: Metadata = { title: "Programs" };

type Program = RouterOutputs["program"]["list"][number];

export default async function ProgramsPage({ params }: { params: Promise<{ athleteId: string }> }) {
  const actor = await requireClinician("athlete.read");
  const { athleteId } = await params;
  if (!athleteIdInput.safeParse({ athleteId }).success) notFound();

  const trpc = await api();
  const athlete = await orNotFound(trpc.athlete.get({ athleteId }));
  const programs = await trpc.program.list({ athleteId });
  const active = programs.find((p) => p.status === "active");
  const ended = programs.filter((p) => p.status !== "active");
  const fullName = `${athlete.firstName} ${athlete.lastName}`;
  const isArchived = athlete.archivedAt !== null;
  const canWrite = can(actor, "athlete.write") && !isArchived;
  const canUseLibrary = can(actor, "library.read");
  const [templates, exercises] =
    canUseLibrary ? await Promise.all([trpc.template.list(), canWrite ? trpc.exercise.list({ includeArchived: true }) : []]) : [[], []];
  const library = toLibrary(exercises);
  const templateNames = new Map(templates.map((t) => [t.id, t.name]));

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <SubpageHeading athleteId={athlete.id} name={fullName} title={`Programs · ${fullName}`} beside={isArchived && <Badge tone="warning">Archived athlete</Badge>} />
        <p className="max-w-3xl text-sm text-slate-700">
          One active program at a time. Every change is saved as a new version: the athlete sees the newest, the history stays.
        </p>
        {isArchived && <p className="text-slate-700">This athlete is archived. Restore them from their page to start or change a program.</p>}
      </div>

      {active ? (
        <>
          <section aria-labelledby="active-heading" className="space-y-4">
            <div className="flex flex-wrap items-start justify-between gap-4">
              <div className="space-y-1">
                <h2 id="active-heading" className="text-xl font-semibold text-slate-900">
                  Active program: {active.name}
                </h2>
                <p className="text-sm text-slate-700">
                  Started {formatDate(active.startDate)} · version {active.currentVersion}
                  {active.templateId ? ` · from template ${templateNames.get(active.templateId) ?? "(since archived)"}` : " · built from scratch"}
                </p>
              </div>
              {canWrite && <EndProgramButton programId={active.id} name={active.name} />}
            </div>
            <ProgramItemsTable caption={`Exercises in version ${active.currentVersion} (what the athlete sees)`} items={active.items} />
            <GlideAdvice program={active} />
            <VersionHistory program={active} headingId="active-history-heading" />

            <RunPlanSection programId={active.id} athleteId={athlete.id} canWrite={canWrite} />
          </section>

          {canWrite && (
            <section aria-labelledby="edit-heading" className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:p-6">
              <div className="space-y-1">
                <h2 id="edit-heading" className="text-xl font-semibold text-slate-900">
                  Edit program
                </h2>
                <p className="text-sm text-slate-700">Saving writes version {active.currentVersion + 1}; the athlete sees it straight away.</p>
              </div>
              <ReviseProgramForm programId={active.id} currentVersion={active.currentVersion} items={active.items} library={library} />
            </section>
          )}
        </>
      ) : (
        <section aria-labelledby="start-heading" className="space-y-4">
          <h2 id="start-heading" className="text-xl font-semibold text-slate-900">
            {canWrite ? "Start a program" : "No active program"}
          </h2>
          {canWrite ? (
            <StartProgramForm
              athleteId={athlete.id}
              today={todayIso()}
              templates={templates.map((t) => ({ id: t.id, name: t.name, items: t.items.map((i) => ({ exerciseName: i.exerciseName, glideKind: i.glideKind })) }))}
              library={library}
            />
          ) : (
            <p className="text-slate-700">{fullName} has no active program.</p>
          )}
        </section>
      )}

      <section aria-labelledby="ended-heading" className="space-y-4">
        <h2 id="ended-heading" className="text-xl font-semibold text-slate-900">
          Ended programs
        </h2>
        {ended.length === 0 ? (
          <p className="text-slate-700">No ended programs.</p>
        ) : (
          <ul className="space-y-4">
            {ended.map((p) => (
              <li key={p.id} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <div className="space-y-1">
                  <h3 className="text-base font-semibold text-slate-900">{p.name}</h3>
                  <p className="text-sm text-slate-700">
                    {formatDate(p.startDate)} to {p.endedAt ? formatDate(p.endedAt) : "unknown"} · {p.history.length}{" "}
                    {p.history.length === 1 ? "version" : "versions"}
                  </p>
                </div>
                <details className="space-y-3">
                  <summary className="cursor-pointer text-sm font-medium text-brand-700 underline">Exercises and version history of {p.name}</summary>
                  <div className="mt-3 space-y-4">
                    <ProgramItemsTable caption={`${p.name}: exercises in the last version (${p.currentVersion})`} items={p.items} />
                    <VersionHistory program={p} headingId={`history-${p.id}`} level={4} />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Every version, newest first, with its date and change note. */
function VersionHistory({ program, headingId, level = 3 }: { program: Program; headingId: string; level?: 3 | 4 }) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <div className="space-y-2">
      <Heading id={headingId} className="text-base font-semibold text-slate-900">
        Version history
      </Heading>
      <ol aria-labelledby={headingId} className="space-y-1 text-sm text-slate-800">
        {program.history.map((v) => (
          <li key={v.version} className="flex flex-wrap gap-x-2">
            <span className="font-medium text-slate-900">Version {v.version}</span>
            <span className="text-slate-700">{formatDate(v.createdAt)}</span>
            {v.version === program.currentVersion && <Badge tone="success">{program.status === "active" ? "Current" : "Last"}</Badge>}
            <span>{v.changeNote ?? <span className="text-slate-600">No change note</span>}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/** The glide symptom rule from the athlete's last week of logged glide sessions (lasting symptoms regress). */
function GlideAdvice({ program }: { program: { items: { exerciseId: string; side: string; exerciseName: string }[]; glideAdvice: { exerciseId: string; side: string; advice: { action: string; reason: string } }[] } }) {
  if (program.glideAdvice.length === 0) return null;
  const name = (id: string, side: string) => program.items.find((i) => i.exerciseId === id && i.side === side)?.exerciseName ?? "Glide";
  return (
    <section aria-labelledby="glide-advice-heading" className="rounded-lg border border-sky-300 bg-sky-50 p-4 text-sky-950">
      <h3 id="glide-advice-heading" className="font-semibold">Nerve-glide advice from the last 7 days of logs</h3>
      <ul className="mt-2 space-y-1 text-sm">
        {program.glideAdvice.map((g) => (
          <li key={`${g.exerciseId}-${g.side}`}>
            <span className="font-semibold">{name(g.exerciseId, g.side)}:</span> {g.advice.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
