import { z } from "zod";
import { int, num, perSide, text, yesNo } from "./common";

export const SCHEMA_VERSION = 1;

export const gaitMethods = ["treadmill-video", "overground-video", "wearable", "watch", "observation"] as const;
export const gaitSurfaces = ["treadmill", "road", "track", "trail"] as const;
export const footStrikes = ["rearfoot", "midfoot", "forefoot"] as const;
export type FootStrike = (typeof footStrikes)[number];
export const pronationGrades = ["neutral", "mild", "moderate", "marked"] as const;

/** Gait analysis (docs/clinical-rules.md 3.1). Every metric depends on speed: record it to compare sessions. */
export const gaitSchema = z.object({
  method: z.enum(gaitMethods).nullish(),
  speedKmh: num(0, 30),
  surface: z.enum(gaitSurfaces).nullish(),
  shoeId: z.uuid({ message: "Choose a shoe" }).nullish(),
  /** Steps per minute, both feet. */
  cadenceSpm: int(100, 240),
  stepLengthM: num(0.3, 3),
  contactTimeMs: int(80, 600),
  dutyFactorPct: num(10, 80),
  footStrike: perSide(z.enum(footStrikes)),
  /** Sole-to-ground angle at contact, degrees (+ = heel first). */
  footStrikeAngleDeg: num(-40, 45),
  overstride: yesNo.nullish(),
  /** Horizontal heel-to-centre-of-mass distance at contact, cm. */
  overstrideCm: num(0, 100),
  tibiaAngleAtContactDeg: num(-30, 30),
  /** Contralateral pelvic drop at midstance, degrees; L = while standing on the left leg. */
  pelvicDropDeg: perSide(num(0, 30)),
  /** Rearfoot eversion ("pronation") seen from behind. */
  pronation: perSide(z.object({ grade: z.enum(pronationGrades).nullish(), note: text(500) })),
  /** Forward trunk lean, degrees. */
  trunkLeanDeg: num(-20, 45),
  videoNote: text(),
  notes: text(4000),
});
export type Gait = z.infer<typeof gaitSchema>;
