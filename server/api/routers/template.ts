import { createTemplateInput, templateIdInput, updateTemplateInput } from "@/server/domain/programs/schemas";
import * as templates from "@/server/services/program-templates";
import { keyed } from "@/server/domain/ids";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("library.read"));
const writer = clinicianProcedure.use(requirePermission("library.write"));

export const templateRouter = createTRPCRouter({
  list: reader.query(({ ctx }) => templates.listTemplates(ctx)),
  get: reader.input(templateIdInput).query(({ ctx, input }) => templates.getTemplate(ctx, input)),
  create: writer.input(keyed(createTemplateInput)).mutation(({ ctx, input }) => templates.createTemplate(ctx, input)),
  update: writer.input(updateTemplateInput).mutation(({ ctx, input }) => templates.updateTemplate(ctx, input)),
  archive: writer.input(templateIdInput).mutation(({ ctx, input }) => templates.archiveTemplate(ctx, input)),
});
