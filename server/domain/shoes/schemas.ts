import { z } from "zod";
import { shoeDatesOn, shoeInput, shoeUses } from "../assessments/sections/footwear";
import { idInput } from "../ids";

export { shoeDatesOn, shoeUses };
export const shoeUseLabels: Record<(typeof shoeUses)[number], string> = { road: "Road", trail: "Trail", race: "Race", walking: "Walking" };

export const createShoeInput = shoeInput.extend({ athleteId: idInput });
export type CreateShoeInput = z.infer<typeof createShoeInput>;

export const updateShoeInput = shoeInput.extend({ shoeId: idInput, version: z.number().int().min(1) });
export type UpdateShoeInput = z.infer<typeof updateShoeInput>;

export const shoeIdInput = z.object({ shoeId: idInput });
export type ShoeIdInput = z.infer<typeof shoeIdInput>;
