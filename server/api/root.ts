import { accountRouter } from "./routers/account";
import { alertRouter } from "./routers/alert";
import { assessmentRouter } from "./routers/assessment";
import { athleteRouter } from "./routers/athlete";
import { auditRouter } from "./routers/audit";
import { caseloadRouter } from "./routers/caseload";
import { clinicRouter } from "./routers/clinic";
import { exerciseRouter } from "./routers/exercise";
import { insightRouter } from "./routers/insight";
import { inviteRouter } from "./routers/invite";
import { logRouter } from "./routers/log";
import { outcomeRouter } from "./routers/outcome";
import { planRouter } from "./routers/plan";
import { portalRouter } from "./routers/portal";
import { programRouter } from "./routers/program";
import { reportRouter } from "./routers/report";
import { settingsRouter } from "./routers/settings";
import { shoeRouter } from "./routers/shoe";
import { templateRouter } from "./routers/template";
import { triageRouter } from "./routers/triage";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  alert: alertRouter,
  assessment: assessmentRouter,
  athlete: athleteRouter,
  audit: auditRouter,
  caseload: caseloadRouter,
  clinic: clinicRouter,
  exercise: exerciseRouter,
  insight: insightRouter,
  invite: inviteRouter,
  log: logRouter,
  outcome: outcomeRouter,
  plan: planRouter,
  portal: portalRouter,
  program: programRouter,
  report: reportRouter,
  settings: settingsRouter,
  shoe: shoeRouter,
  template: templateRouter,
  triage: triageRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
