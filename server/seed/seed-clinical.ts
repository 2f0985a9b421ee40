import type { Tx } from "@/db/client";
import { parseSection } from "@/server/domain/assessments/sections";
import { instruments } from "@/server/domain/scoring/instruments";
import { assessments, assessmentSections, outcomeMeasures, shoes } from "@/db/schema";

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/**
 * A realistic first visit for the demo athlete (right-sided tarsal tunnel picture), signed six weeks
 * ago, with her road shoe and a baseline LEFS, so the demo opens on a record a physio recognises.
 */
export async function seedDemoClinicalRecord(tx: Tx, ids: { clinicId: string; athleteId: string; therapistId: string }, now = new Date()) {
  const { clinicId, athleteId, therapistId } = ids;
  const visitDay = daysAgo(now, 42);
  const [shoe] = await tx
    .insert(shoes)
    .values({ clinicId, athleteId, brand: "Brooks", model: "Ghost 15", use: "road", purchaseDate: isoDay(daysAgo(now, 300)), startingKm: 520 })
    .returning({ id: shoes.id });
  const [visit] = await tx
    .insert(assessments)
    .values({
      clinicId, athleteId, kind: "initial", visitDate: isoDay(visitDay), status: "signed", signedAt: visitDay, signedBy: therapistId,
      createdBy: therapistId, createdAt: visitDay, updatedAt: visitDay, version: 2,
    })
    .returning({ id: assessments.id });

  const sections = {
    symptomHistory: parseSection("symptomHistory", {
      nrs: { tingling: { duringRun: 5, afterRun: 3, atRest: 0 }, numbness: { duringRun: 4, afterRun: 2, atRest: 0 } },
      regions: ["MPN-R", "MCN-R"],
      onsetMinuteIntoRun: 18,
      settleMinutesAfterRun: 40,
      worseTowardEndOfRun: true,
      aggravatingFactors: ["run-duration", "camber", "lacing"],
      easingFactors: ["stopping", "unlacing"],
    }),
    redFlags: parseSection("redFlags", Object.fromEntries(
      ["T-E1", "T-E2", "T-E3", "T-E4", "T-E5", "T-E6", "T-U1", "T-U2", "T-U3", "T-U4", "T-U5", "T-U6", "T-U7", "T-U8"].map((id) => [id, "no"]),
    )),
    tarsalTunnel: parseSection("tarsalTunnel", {
      R: {
        tinel: { result: "positive", familiarSymptomReproduced: true, distribution: ["MPN"], elicitedIntensityNrs: 4 },
        dorsiflexionEversion: { result: "positive", familiarSymptomReproduced: true, distribution: ["MPN", "MCN"], timeToOnsetS: 8 },
        sensory: { monofilament: { plantarHallux: 3, firstMetHead: 3, fifthMetHead: 3 }, twoPointMm: { halluxPlantar: 11 } },
      },
      L: {
        tinel: { result: "negative", familiarSymptomReproduced: false },
        sensory: { monofilament: { plantarHallux: 3, firstMetHead: 3, fifthMetHead: 3 }, twoPointMm: { halluxPlantar: 7 } },
      },
    }),
    gait: parseSection("gait", {
      method: "treadmill-video", speedKmh: 10.5, surface: "treadmill", shoeId: shoe!.id, cadenceSpm: 158,
      footStrike: { L: "rearfoot", R: "rearfoot" }, overstride: "yes", pelvicDropDeg: { L: 4, R: 7 },
    }),
    mobilityStrength: parseSection("mobilityStrength", { kneeToWallCm: { L: 10, R: 7.5 }, calfRaiseReps: { L: 26, R: 19 } }),
  };
  await tx.insert(assessmentSections).values(
    Object.entries(sections).map(([kind, data]) => ({
      clinicId, athleteId, assessmentId: visit!.id, kind, schemaVersion: 1, data, updatedBy: therapistId, createdAt: visitDay, updatedAt: visitDay,
    })),
  );

  const lefsAnswers = { items: [3, 3, 3, 2, 2, 2, 3, 2, 2, 2, 2, 1, 1, 2, 1, 2, 3, 2, 2, 3] };
  const lefs = instruments.LEFS.score(lefsAnswers);
  await tx.insert(outcomeMeasures).values({
    clinicId, athleteId, assessmentId: visit!.id, instrument: "LEFS", instrumentVersion: instruments.LEFS.version,
    licenceNote: instruments.LEFS.licenceNote, status: "completed", answers: lefsAnswers, score: lefs.score, complete: lefs.complete,
    completedAt: visitDay, completedBy: therapistId, completedByRole: "therapist", createdAt: visitDay,
  });
}
