import { z } from "zod";
import { idInput } from "../ids";

export const shoeUses = ["road", "trail", "race", "walking"] as const;
export const shoeUseLabels: Record<(typeof shoeUses)[number], string> = { road: "Road", trail: "Trail", race: "Race", walking: "Walking" };

/** A shoe of the athlete (DOMAIN 4.2); review distance is R10's shoe_review_km (400–900, default 600). */
export const shoeFields = z.object({
  brand: z.string().trim().min(1, "Enter the brand").max(80),
  model: z.string().trim().min(1, "Enter the model").max(120),
  purchaseDate: z.iso.date({ message: "Use the format YYYY-MM-DD" }).nullish().transform((v) => v ?? null),
  use: z.enum(shoeUses, { message: "Choose what the shoe is used for" }),
  startingKm: z.number().min(0).max(5000).default(0),
  reviewDistanceKm: z.number().int().min(400, "At least 400 km").max(900, "At most 900 km").default(600),
});

export const createShoeInput = shoeFields.extend({ athleteId: idInput });
export type CreateShoeInput = z.infer<typeof createShoeInput>;

export const updateShoeInput = shoeFields.extend({ shoeId: idInput, version: z.number().int().min(1) });
export type UpdateShoeInput = z.infer<typeof updateShoeInput>;

export const shoeIdInput = z.object({ shoeId: idInput });
export type ShoeIdInput = z.infer<typeof shoeIdInput>;
