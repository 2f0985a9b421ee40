import type { FieldErrors } from "@/app/_trpc/client";
import { SelectField, TextField } from "@/app/_components/form";
import { todayIso } from "@/app/_components/format";
import { formText } from "@/app/_components/validate";
import { dateRange } from "@/server/domain/dates";
import { sexLabels, sexValues, surfaceLabels, surfaceValues } from "@/server/domain/athletes/schemas";

export type AthleteFormDefaults = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: string;
  email: string | null;
  weeklyKm: number | null;
  yearsRunning: number | null;
  goalRace: string | null;
  goalDate: string | null;
  usualSurface: string | null;
};

const sexOptions = sexValues.map((value) => ({ value, label: sexLabels[value] }));
const surfaceOptions = surfaceValues.map((value) => ({ value, label: surfaceLabels[value] }));

/** The athlete profile fields, shared by the add and edit forms. */
export function AthleteFields({ defaults, errors = {} }: { defaults?: AthleteFormDefaults; errors?: FieldErrors }) {
  const today = todayIso();
  return (
    <>
      <p className="text-sm text-slate-600">First name, last name, date of birth and sex are required; everything else is optional.</p>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">About the athlete</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="firstName" label="First name" required autoComplete="off" defaultValue={defaults?.firstName} errors={errors.firstName} />
          <TextField name="lastName" label="Last name" required autoComplete="off" defaultValue={defaults?.lastName} errors={errors.lastName} />
          <TextField name="dateOfBirth" type="date" label="Date of birth" required {...dateRange("dateOfBirth", today)} defaultValue={defaults?.dateOfBirth} errors={errors.dateOfBirth} />
          <SelectField name="sex" label="Sex" required options={sexOptions} placeholder="Choose…" defaultValue={defaults?.sex ?? ""} errors={errors.sex} />
          <div className="sm:col-span-2">
            <TextField
              name="email" type="email" label="Email" autoComplete="off" hint="Needed to invite them to the portal"
              defaultValue={defaults?.email ?? ""} errors={errors.email}
            />
          </div>
        </div>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold text-slate-900">Running</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="weeklyKm" type="number" label="Weekly running (km)" step={0.5} min={0} max={400} inputMode="decimal"
            defaultValue={defaults?.weeklyKm ?? ""} errors={errors.weeklyKm}
          />
          <TextField
            name="yearsRunning" type="number" label="Years running" step={1} min={0} max={90} inputMode="numeric"
            defaultValue={defaults?.yearsRunning ?? ""} errors={errors.yearsRunning}
          />
          <TextField name="goalRace" label="Goal race" autoComplete="off" defaultValue={defaults?.goalRace ?? ""} errors={errors.goalRace} />
          <TextField name="goalDate" type="date" label="Goal race date" {...dateRange("goal", today)} defaultValue={defaults?.goalDate ?? ""} errors={errors.goalDate} />
          <SelectField
            name="usualSurface" label="Usual surface" options={surfaceOptions} placeholder="Not recorded"
            defaultValue={defaults?.usualSurface ?? ""} errors={errors.usualSurface}
          />
        </div>
      </fieldset>
    </>
  );
}

/** The form's values in the shape of `athleteFields`: empty optional inputs become null, numbers are parsed. */
export function readAthleteForm(form: FormData) {
  const optional = (name: string) => formText(form, name) || null;
  const number = (name: string) => {
    const value = formText(form, name);
    return value === "" ? null : Number(value);
  };
  return {
    firstName: formText(form, "firstName"),
    lastName: formText(form, "lastName"),
    dateOfBirth: formText(form, "dateOfBirth"),
    sex: formText(form, "sex"),
    email: optional("email"),
    weeklyKm: number("weeklyKm"),
    yearsRunning: number("yearsRunning"),
    goalRace: optional("goalRace"),
    goalDate: optional("goalDate"),
    usualSurface: optional("usualSurface"),
  };
}
