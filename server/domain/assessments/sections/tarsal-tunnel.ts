import { z } from "zod";
import { flag, int, mrc, multi, nrs, text, yesNo } from "./common";

export const SCHEMA_VERSION = 1;

export const testResults = ["positive", "negative", "equivocal", "not-tested", "contraindicated"] as const;
export type TestResult = (typeof testResults)[number];
export const testDistributions = ["MPN", "LPN", "MCN", "proximal-radiation", "other"] as const;
export const provocationTestIds = ["tinel", "dorsiflexionEversion", "tripleCompression"] as const;
export type ProvocationTestId = (typeof provocationTestIds)[number];
export const provocationTestLabels: Record<ProvocationTestId, string> = {
  tinel: "Tinel's sign at the tarsal tunnel",
  dorsiflexionEversion: "Dorsiflexion–eversion test",
  tripleCompression: "Triple compression stress test",
};

/** Sensory grading per territory and modality (docs/clinical-rules.md 1.3). */
export const sensoryGrades = ["normal", "reduced", "absent", "increased"] as const;
export type SensoryGrade = (typeof sensoryGrades)[number];
/** Territories tested for light touch and pinprick (docs/clinical-rules.md 1.3). */
export const sensoryTerritories = ["MPN", "LPN", "MCN", "DPN", "SPN", "SUR", "SAPH"] as const;
export type SensoryTerritory = (typeof sensoryTerritories)[number];
/** Tibial territories (used by T-R1, docs/clinical-rules.md 7.3). */
export const tibialTerritories = ["MPN", "LPN", "MCN"] as const satisfies readonly SensoryTerritory[];

/** 10 g monofilament sites (IWGDF): correct answers out of 3 applications per site. */
export const monofilamentSites = ["plantarHallux", "firstMetHead", "fifthMetHead"] as const;
export type MonofilamentSite = (typeof monofilamentSites)[number];
export const monofilamentSiteLabels: Record<MonofilamentSite, string> = {
  plantarHallux: "plantar hallux",
  firstMetHead: "1st metatarsal head",
  fifthMetHead: "5th metatarsal head",
};

/** Static two-point discrimination sites (mm). */
export const twoPointSites = ["halluxPlantar", "firstMetHead", "fifthMetHead", "medialArch", "heel"] as const;
export type TwoPointSite = (typeof twoPointSites)[number];
export const twoPointSiteLabels: Record<TwoPointSite, string> = {
  halluxPlantar: "plantar hallux",
  firstMetHead: "1st metatarsal head",
  fifthMetHead: "5th metatarsal head",
  medialArch: "medial arch",
  heel: "plantar heel",
};

export const reflexGrades = ["normal", "reduced", "absent"] as const;
export const passFail = z.enum(["pass", "fail"]);

/** One provocation test on one side (docs/clinical-rules.md 1.2). */
export const provocationTest = z
  .object({
    result: z.enum(testResults).nullish(),
    familiarSymptomReproduced: flag,
    distribution: multi(testDistributions),
    elicitedIntensityNrs: nrs,
    timeToOnsetS: int(0, 600),
    notes: text(),
  })
  // docs/clinical-rules.md 1.2 [C]: a test is only positive when it reproduces the familiar symptoms.
  .refine((t) => !(t.result === "positive" && t.familiarSymptomReproduced === false), {
    message: "A positive test reproduces the familiar symptoms",
    path: ["familiarSymptomReproduced"],
  });
export type ProvocationTest = z.infer<typeof provocationTest>;

const byTerritory = z.partialRecord(z.enum(sensoryTerritories), z.enum(sensoryGrades).nullable()).nullish();

export const tarsalTunnelSide = z.object({
  tinel: provocationTest.nullish(),
  dorsiflexionEversion: provocationTest.nullish(),
  tripleCompression: provocationTest.nullish(),
  /** Paraesthesia also spreading proximally up the medial calf on percussion. */
  valleix: yesNo.nullish(),
  palpation: z
    .object({ tenderness: flag, massOrSwelling: flag, notes: text() })
    .nullish(),
  sensory: z
    .object({
      /** Correct answers out of 3 per site (two real, one sham application). */
      monofilament: z
        .object({ plantarHallux: int(0, 3), firstMetHead: int(0, 3), fifthMetHead: int(0, 3) })
        .nullish(),
      /** Smallest distance felt as two points, mm. */
      twoPointMm: z
        .object({
          halluxPlantar: int(1, 100),
          firstMetHead: int(1, 100),
          fifthMetHead: int(1, 100),
          medialArch: int(1, 100),
          heel: int(1, 100),
        })
        .nullish(),
      lightTouch: byTerritory,
      pinprick: byTerritory,
      /** 128 Hz tuning fork at the hallux IP joint. */
      vibration: z.enum(reflexGrades).nullish(),
      notes: text(),
    })
    .nullish(),
  strength: z
    .object({
      abductorHallucisMrc: mrc,
      toeFlexionMrc: mrc,
      toeSpreadMrc: mrc,
      halluxExtensionMrc: mrc,
      /** Visible wasting of the medial arch (abductor hallucis). */
      wasting: flag,
      paperGripHallux: passFail.nullish(),
      paperGripLesserToes: passFail.nullish(),
      notes: text(),
    })
    .nullish(),
  ankleReflex: z.enum(reflexGrades).nullish(),
});
export type TarsalTunnelSide = z.infer<typeof tarsalTunnelSide>;

/** Tarsal tunnel exam per side (docs/clinical-rules.md 1.2–1.4): provocation tests, sensory testing, intrinsic strength, reflex. */
export const tarsalTunnelSchema = z.object({
  L: tarsalTunnelSide.nullish(),
  R: tarsalTunnelSide.nullish(),
  notes: text(4000),
});
export type TarsalTunnel = z.infer<typeof tarsalTunnelSchema>;
