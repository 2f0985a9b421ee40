import { redirect } from "next/navigation";
import { getCurrentActor } from "@/server/auth/guards";

/** Sends everyone to their own home: staff to the caseload, athletes to the portal. */
export default async function HomePage() {
  const actor = await getCurrentActor();
  if (!actor) redirect("/sign-in");
  redirect(actor.kind === "athlete" ? "/portal" : "/caseload");
}
