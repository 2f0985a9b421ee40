import { accountRouter } from "./routers/account";
import { athleteRouter } from "./routers/athlete";
import { auditRouter } from "./routers/audit";
import { clinicRouter } from "./routers/clinic";
import { inviteRouter } from "./routers/invite";
import { portalRouter } from "./routers/portal";
import { settingsRouter } from "./routers/settings";
import { shoeRouter } from "./routers/shoe";
import { triageRouter } from "./routers/triage";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  athlete: athleteRouter,
  audit: auditRouter,
  clinic: clinicRouter,
  invite: inviteRouter,
  portal: portalRouter,
  settings: settingsRouter,
  shoe: shoeRouter,
  triage: triageRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
