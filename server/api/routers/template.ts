import { createTemplateInput, templateIdInput, updateTemplateInput } from "@/server/domain/programs/schemas";
import { keyed } from "@/server/domain/ids";
import * as templateUseCases from "@/server/services/use-cases/template";
import { clinicianProcedure, createTRPCRouter, requirePermission } from "../trpc";

const reader = clinicianProcedure.use(requirePermission("library.read"));
const writer = clinicianProcedure.use(requirePermission("library.write"));

export const templateRouter = createTRPCRouter({
  list: reader.query(({ ctx }) => templateUseCases.listTemplates(ctx)),
  get: reader.input(templateIdInput).query(({ ctx, input }) => templateUseCases.getTemplate(ctx, input)),
  create: writer.input(keyed(createTemplateInput)).mutation(({ ctx, input }) => templateUseCases.createTemplate(ctx, input)),
  update: writer.input(updateTemplateInput).mutation(({ ctx, input }) => templateUseCases.updateTemplate(ctx, input)),
  archive: writer.input(templateIdInput).mutation(({ ctx, input }) => templateUseCases.archiveTemplate(ctx, input)),
});
