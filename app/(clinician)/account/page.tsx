import type { Metadata } from "next";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { ChangePasswordForm } from "./change-password-form";
import { ProfileForm } from "./profile-form";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  await requireClinician();
  const trpc = await api();
  const me = await trpc.account.me();

  return (
    <div className="max-w-xl space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-slate-900">Account</h1>
        <p className="text-slate-700">
          Signed in as <span className="font-medium text-slate-900">{me.name}</span> ({me.email}) at {me.clinicName}.
        </p>
      </div>
      <section aria-labelledby="details-heading" className="space-y-3">
        <h2 id="details-heading" className="text-lg font-semibold text-slate-900">
          Your details
        </h2>
        <ProfileForm name={me.name} registration={me.registration} />
      </section>
      <section aria-labelledby="password-heading" className="space-y-3">
        <h2 id="password-heading" className="text-lg font-semibold text-slate-900">
          Change password
        </h2>
        <p className="text-sm text-slate-600">Changing your password signs you out everywhere, including here.</p>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
