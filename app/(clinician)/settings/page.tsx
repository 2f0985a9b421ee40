import type { Metadata } from "next";
import { api } from "@/app/_trpc/server";
import { requireClinician } from "@/server/auth/guards";
import { ClinicDetailsForm } from "./clinic-details-form";
import { AddOnsForm, ProtocolForm } from "./settings-forms";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireClinician("settings.manage");
  const trpc = await api();
  const [settings, clinic] = await Promise.all([trpc.settings.get(), trpc.clinic.details()]);
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-2xl font-bold text-slate-900">Settings</h1>
      <section aria-labelledby="clinic-details-heading" className="space-y-3">
        <h2 id="clinic-details-heading" className="text-lg font-semibold text-slate-900">
          Clinic details
        </h2>
        <p className="text-sm text-slate-700">Printed in the header of every report the clinic issues from now on.</p>
        <ClinicDetailsForm details={clinic} />
      </section>
      <section aria-labelledby="addons-heading" className="space-y-3">
        <h2 id="addons-heading" className="text-lg font-semibold text-slate-900">
          Licensed questionnaires
        </h2>
        <p className="text-sm text-slate-700">
          DN4, LANSS and painDETECT are neuropathic screening tools whose rights holders require a licence for use in software.
          Turn one on only when your clinic holds that licence, and record it here. They are screening tools, never a diagnosis.
        </p>
        <AddOnsForm licensedAddOns={settings.licensedAddOns} version={settings.version} />
      </section>
      <section aria-labelledby="protocol-heading" className="space-y-3">
        <h2 id="protocol-heading" className="text-lg font-semibold text-slate-900">
          Protocol
        </h2>
        <p className="text-sm text-slate-700">
          The rules that classify runs and progress plans extrapolate a tendinopathy model to nerve symptoms: they are
          your clinic&apos;s protocol, not medical truth. New plans start from these values; a plan can override them.
        </p>
        <ProtocolForm protocol={settings.protocol} version={settings.version} />
      </section>
    </div>
  );
}
