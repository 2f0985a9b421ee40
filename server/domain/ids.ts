import { z } from "zod";
import "./messages";

/** Every record id is a UUID; anything else is rejected before it reaches a query. */
export const idInput = z.uuid({ message: "Must be a valid id" });
export const emailInput = z.email({ message: "Enter a valid email address" }).max(254).transform((e) => e.trim().toLowerCase());
