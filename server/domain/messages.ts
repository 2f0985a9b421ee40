import { z } from "zod";

/**
 * Zod's default messages ("Invalid input: expected number, received string", "Too small: expected …")
 * are for developers. A schema that names its own message keeps it; every other issue gets plain words
 * here, once for the server and the browser alike.
 */
export function plainMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "Fill this in";
      if (issue.expected === "int") return "Enter a whole number";
      if (issue.expected === "number") return "Enter a number";
      return "Enter a valid value";
    case "too_small":
      return boundMessage("At least", issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case "too_big":
      return boundMessage("At most", issue.origin, Number(issue.maximum), issue.inclusive !== false);
    case "invalid_format":
      if (issue.format === "email") return "Enter an email address like name@example.com";
      if (issue.format === "date") return "Enter a real date (day, month and year)";
      if (issue.format === "uuid" || issue.format === "guid") return "Choose an item from the list";
      return "Check the format of this value";
    case "not_multiple_of":
      return `Use steps of ${String(issue.divisor)}`;
    case "invalid_value":
      return "Choose one of the options";
    case "unrecognized_keys":
      return "The form sent a field it should not have; reload the page and try again";
    default:
      return "Check this value";
  }
}

function boundMessage(prefix: "At least" | "At most", origin: string | undefined, bound: number, inclusive: boolean): string {
  if (origin === "string") return prefix === "At least" && bound <= 1 ? "Fill this in" : `${prefix} ${bound} ${bound === 1 ? "character" : "characters"}`;
  if (origin === "array" || origin === "set") return `${prefix === "At least" ? "Choose at least" : "Choose at most"} ${bound}`;
  if (!inclusive) return `${prefix === "At least" ? "More than" : "Less than"} ${bound}`;
  return `${prefix} ${bound}`;
}

// One global setting for every schema of the app (schemas import this module through ids.ts).
z.config({ customError: plainMessage });
