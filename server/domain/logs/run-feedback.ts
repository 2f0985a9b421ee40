import { formatDate } from "../format";
import type { RunFinding, SessionClass } from "../progression/classify";
import { footRegionName } from "./foot-regions";

/** A run's class told to the athlete: a headline and one plain sentence per reason. */
export type RunFeedback = { sessionClass: SessionClass; headline: string; reasons: string[] };

const headlines: Record<SessionClass, string> = {
  RED: "Red run",
  AMBER: "Amber run",
  INCOMPLETE: "Not complete yet",
  GREEN: "Green run",
};

/** What the class word in front of each reason is (the class the rule decides, not the run's). */
const prefixes: Record<SessionClass, string> = { RED: "Red", AMBER: "Amber", INCOMPLETE: "Still to do", GREEN: "Green" };

const joinWords = (words: readonly string[]): string =>
  words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;

function sentence(f: RunFinding, sessionClass: SessionClass): string {
  switch (f.kind) {
    case "peak":
      return sessionClass === "RED"
        ? `${joinWords(f.symptoms)} reached ${f.peak}/10 (${f.limit}/10 or more)`
        : `${joinWords(f.symptoms)} reached ${f.peak}/10 (above ${f.limit}/10)`;
    case "worse-next-morning":
      return `your feet were worse the next morning (${f.nextMorning}/10; ${f.before}/10 before the run)`;
    case "new-region":
      return `${f.regions.length === 1 ? "symptoms in a new area" : "symptoms in new areas"} (${joinWords(f.regions.map(footRegionName))})`;
    case "rest-symptoms":
      return "new symptoms at rest";
    case "motor-sign":
      return "your foot slapped down, you tripped, or it felt weak";
    case "slow-to-settle":
      return `it took ${f.minutes} minutes to settle (more than ${f.limit})`;
    case "stopped":
      return "you stopped or walked because of symptoms";
    case "earlier-onset":
      return `symptoms started earlier: at minute ${f.minute}, against minute ${f.comparedMinute} on your run of ${formatDate(f.comparedDate)}`;
    case "not-rated":
      return "rate your symptoms during the run (nothing was rated)";
    case "no-next-morning":
      return "answer the next-morning question";
    case "settled":
      if (f.peak === 0) return "no symptoms during the run, and your feet were back to your usual by the next morning";
      return `symptoms stayed at ${f.peak}/10 or less (up to ${f.limit}/10 is green) and had settled by the next morning`;
  }
}

/**
 * The athlete's explanation of a run's class (docs/clinical-rules.md R2.7), in plain words and without rule codes: the one
 * place these sentences are made, for the confirmation after saving and for the athlete's log.
 * "Amber: tingling reached 4/10 (above 2/10)"; an incomplete run says what is missing.
 */
export function runFeedback(sessionClass: SessionClass, findings: readonly RunFinding[]): RunFeedback {
  const prefix = prefixes[sessionClass];
  return {
    sessionClass,
    headline: headlines[sessionClass],
    reasons: findings.map((f) => {
      const text = sentence(f, sessionClass);
      return `${prefix}: ${text.charAt(0).toLowerCase()}${text.slice(1)}`;
    }),
  };
}
