import { z } from "zod";
import "./messages";

/** Every record id is a UUID; anything else is rejected before it reaches a query. */
export const idInput = z.uuid({ message: "Must be a valid id" });
export const emailInput = z.email({ message: "Enter a valid email address" }).max(254).transform((e) => e.trim().toLowerCase());

/**
 * The key a form sends with a create, generated once per form and renewed after success: the same key
 * sent again returns the first result instead of storing a second row.
 */
export const requestKeyInput = z
  .string({ message: "Missing request key" })
  .min(8, "Request key too short")
  .max(64, "Request key too long")
  .regex(/^[A-Za-z0-9_-]+$/, "Request key: letters, digits, - and _ only");

/** A create's input with its request key. */
export const keyed = <T extends z.ZodType>(schema: T) => z.intersection(schema, z.object({ requestKey: requestKeyInput }));
export type Keyed<T> = T & { requestKey: string };
