import * as portal from "@/server/services/portal";
import { athleteProcedure, createTRPCRouter } from "../trpc";

export const portalRouter = createTRPCRouter({
  profile: athleteProcedure.query(({ ctx }) => portal.getOwnProfile(ctx)),
});
