import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentSections } from "@/app/_components/assessment/assessment-sections";
import { DraftStatusProvider } from "@/app/_components/assessment/section-context";
import { Badge } from "@/app/_components/badge";
import { Alert, buttonClass } from "@/app/_components/form";
import { formatDate } from "@/app/_components/format";
import { api, orNotFound } from "@/app/_trpc/server";
import { RecordOutcomePanel } from "@/app/_components/questionnaires/record-outcome-panel";
import { requireClinician } from "@/server/auth/guards";
import { instruments } from "@/server/domain/scoring/instruments";
import { can } from "@/server/domain/access";
import { NEURO_ASYMMETRY_DEFAULT_DEG } from "@/server/domain/assessments/findings";
import { assessmentIdInput } from "@/server/domain/assessments/schemas";
import { athleteIdInput } from "@/server/domain/athletes/schemas";
import { AmendAssessmentButton } from "./amend-assessment-button";
import { DiscardDraftButton } from "./discard-draft-button";
import { SignAssessmentButton } from "./sign-assessment-button";

export const metadata: Metadata = { title: "Assessment" };

const kindLabels = { initial: "Initial assessment", reassessment: "Re-assessment" } as const;

type Params = Promise<{ athleteId: string; assessmentId: string }>;

/** One assessment visit: seven section forms while a draft, the read-only record once signed. */
export default async function AssessmentPage({ params }: { params: Params }) {
  const actor = await requireClinician("athlete.read");
  const { athleteId, assessmentId } = await params;
  if (!athleteIdInput.safeParse({ athleteId }).success || !assessmentIdInput.safeParse({ assessmentId }).success) notFound();

  const trpc = await api();
  const assessment = await orNotFound(trpc.assessment.get({ assessmentId }));
  // The visit must belong to the athlete in the URL; anything else is the same as missing.
  if (assessment.athleteId !== athleteId) notFound();
  const athlete = await orNotFound(trpc.athlete.get({ athleteId }));
  const shoes = await trpc.shoe.list({ athleteId });
  const settings = can(actor, "settings.read") ? await trpc.settings.get() : null;
  const asymmetryThresholdDeg = settings?.neuroAsymmetryFlagDegrees ?? NEURO_ASYMMETRY_DEFAULT_DEG;
  const visitOutcomes = (await trpc.outcome.list({ athleteId })).items.filter((o) => o.assessmentId === assessmentId);

  const canWrite = can(actor, "athlete.write");
  const isDraft = assessment.status === "draft";
  const isSuperseded = assessment.supersededAt !== null;
  const fullName = `${athlete.firstName} ${athlete.lastName}`;
  const kindLabel = kindLabels[assessment.kind];
  const athleteHref = `/athletes/${athlete.id}`;
  const visitHref = (id: string) => `${athleteHref}/assessments/${id}`;

  const content = (
    <div className="space-y-8">
      <div className="space-y-4">
        <nav aria-label="Breadcrumb">
          <ol className="flex flex-wrap items-center gap-2 text-sm">
            <li>
              <Link href="/caseload" className="font-medium text-brand-700 underline">
                Caseload
              </Link>
            </li>
            <li aria-hidden="true" className="text-slate-600">
              /
            </li>
            <li>
              <Link href={athleteHref} className="font-medium text-brand-700 underline">
                {fullName}
              </Link>
            </li>
            <li aria-hidden="true" className="text-slate-600">
              /
            </li>
            <li aria-current="page" className="text-slate-700">
              {kindLabel}
            </li>
          </ol>
        </nav>
        <div className="space-y-1">
          <p className="text-base font-semibold text-slate-700">{fullName}</p>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-2xl font-bold text-slate-900">
              {kindLabel} · {formatDate(assessment.visitDate)}
            </h1>
            {isDraft ? (
              <Badge tone="warning">Draft</Badge>
            ) : isSuperseded ? (
              <Badge>Superseded</Badge>
            ) : (
              <Badge tone="success">
                Signed by {assessment.signedByName ?? "a clinician"}
                {assessment.signedAt ? ` on ${formatDate(assessment.signedAt)}` : ""}
              </Badge>
            )}
          </div>
          {isSuperseded && assessment.signedAt && (
            <p className="text-sm text-slate-700">
              Signed by {assessment.signedByName ?? "a clinician"} on {formatDate(assessment.signedAt)}
            </p>
          )}
        </div>

        {isSuperseded && (
          <Alert tone="info">
            This version was amended on {formatDate(assessment.supersededAt!)}; it is kept for the record. The latest version is listed on{" "}
            <Link href={athleteHref} className="font-semibold underline">
              {fullName}&apos;s page
            </Link>
            .
          </Alert>
        )}
        {assessment.amendsAssessmentId && (
          <p className="text-sm text-slate-700">
            {isDraft ? "This draft amends" : "This version amends"} an earlier signed version:{" "}
            <Link href={visitHref(assessment.amendsAssessmentId)} className="font-medium text-brand-700 underline">
              see the version it amends
            </Link>
            .
          </p>
        )}
        {isDraft && !canWrite && <Alert tone="info">This visit is a draft; you can read it but not edit it.</Alert>}

        {isDraft && canWrite && (
          <div className="flex flex-wrap items-start justify-between gap-4">
            <SignAssessmentButton assessmentId={assessment.id} version={assessment.version} />
            <DiscardDraftButton athleteId={athlete.id} assessmentId={assessment.id} version={assessment.version} />
          </div>
        )}
        {!isDraft && !isSuperseded && canWrite &&
          (assessment.amendmentDraftId ? (
            <div className="space-y-2">
              <p className="text-sm text-slate-700">An amendment of this visit is in progress.</p>
              <Link href={visitHref(assessment.amendmentDraftId)} className={buttonClass("secondary")}>
                Continue the amendment
              </Link>
            </div>
          ) : (
            <AmendAssessmentButton athleteId={athlete.id} assessmentId={assessment.id} />
          ))}
      </div>

      <AssessmentSections assessment={assessment} mode={isDraft && canWrite ? "edit" : "read"} shoes={shoes} asymmetryThresholdDeg={asymmetryThresholdDeg} />

      <section aria-labelledby="visit-outcomes-heading" className="space-y-3">
        <h2 id="visit-outcomes-heading" className="text-lg font-semibold text-slate-900">
          Outcome measures of this visit
        </h2>
        {visitOutcomes.length === 0 ? (
          <p className="text-slate-700">None recorded in this visit.</p>
        ) : (
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
            {visitOutcomes.map((o) => (
              <li key={o.id}>
                {instruments[o.instrument].title}: {o.score !== null ? `${o.score} / ${instruments[o.instrument].range[1]}` : "incomplete, not scored"}
              </li>
            ))}
          </ul>
        )}
        {isDraft && canWrite && <RecordOutcomePanel athleteId={athlete.id} assessmentId={assessment.id} licensedAddOns={settings?.licensedAddOns ?? {}} />}
      </section>
    </div>
  );

  return isDraft && canWrite ? <DraftStatusProvider>{content}</DraftStatusProvider> : content;
}
