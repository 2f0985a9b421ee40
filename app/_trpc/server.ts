import "server-only";
import { TRPCError } from "@trpc/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { createTRPCContext } from "@/server/api/context";
import { createCaller } from "@/server/api/root";

/** The tRPC caller for React Server Components: the same procedures, checks and audit as the API. */
export const api = cache(async () => createCaller(await createTRPCContext({ headers: await headers() })));

/** Runs a read and turns NOT_FOUND into the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
