import type { ButtonHTMLAttributes, InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type FieldProps = {
  /** Also the input's name. */
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
};

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base shadow-sm focus:border-brand-600 aria-[invalid=true]:border-red-600";

/** A labelled input with its hint and error messages wired to aria-describedby. */
export function TextField({ name, label, hint, errors, id, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = describedByIds(fieldId, hint, errors);
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <input id={fieldId} name={name} className={inputClass} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} {...input} />
      <FieldMessages id={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

/** A labelled multi-line text field. */
export function TextAreaField({ name, label, hint, errors, id, ...textarea }: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <textarea
        id={fieldId} name={name} rows={4} className={inputClass} aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedByIds(fieldId, hint, errors)} {...textarea}
      />
      <FieldMessages id={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

/** A labelled select. */
export function SelectField({
  name, label, hint, errors, id, options, placeholder, ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[]; placeholder?: string }) {
  const fieldId = id ?? `field-${name}`;
  const describedBy = describedByIds(fieldId, hint, errors);
  return (
    <div>
      <label htmlFor={fieldId} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select id={fieldId} name={name} className={inputClass} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldMessages id={fieldId} hint={hint} errors={errors} />
    </div>
  );
}

/** A checkbox with its label beside it. */
export function CheckboxField({ name, label, hint, id, ...input }: Omit<FieldProps, "errors"> & InputHTMLAttributes<HTMLInputElement>) {
  const fieldId = id ?? `field-${name}`;
  return (
    <div>
      <div className="flex items-center gap-2">
        <input id={fieldId} name={name} type="checkbox" className="size-4 rounded border-slate-400 accent-brand-600" aria-describedby={hint ? `${fieldId}-hint` : undefined} {...input} />
        <label htmlFor={fieldId} className="text-sm font-medium text-slate-800">
          {label}
        </label>
      </div>
      <FieldMessages id={fieldId} hint={hint} />
    </div>
  );
}

function describedByIds(fieldId: string, hint?: string, errors?: string[]): string | undefined {
  return [hint ? `${fieldId}-hint` : null, errors?.length ? `${fieldId}-error` : null].filter(Boolean).join(" ") || undefined;
}

function FieldMessages({ id, hint, errors }: { id: string; hint?: string; errors?: string[] }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          {errors.join(". ")}
        </p>
      ) : null}
    </>
  );
}

/** A form-level error or notice, announced to screen readers. */
export function Alert({ tone = "error", children }: { tone?: "error" | "success" | "info"; children: ReactNode }) {
  const styles = {
    error: "border-red-300 bg-red-50 text-red-800",
    success: "border-green-300 bg-green-50 text-green-800",
    info: "border-sky-300 bg-sky-50 text-sky-900",
  }[tone];
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-4 py-3 text-sm ${styles}`}>
      {children}
    </div>
  );
}

const buttonStyles = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 disabled:bg-slate-400",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 disabled:text-slate-400",
  danger: "border border-red-300 bg-white text-red-700 hover:bg-red-50 disabled:text-slate-400",
} as const;

/** Class names for buttons and button-like links. */
export function buttonClass(variant: keyof typeof buttonStyles = "primary"): string {
  return `inline-flex items-center justify-center rounded-md px-4 py-2 text-sm font-semibold shadow-sm transition-colors disabled:cursor-not-allowed ${buttonStyles[variant]}`;
}

type SubmitButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  /** The form's request is on its way. */
  pending: boolean;
  /** Said instead of the label while pending ("Saving…"). */
  pendingLabel: string;
  variant?: keyof typeof buttonStyles;
};

/**
 * The submit button of every form that sends a request: disabled and saying so while the request is
 * pending, so a second click sends nothing (useCreateMutation also ignores a submit in flight, for
 * the double click that lands before React re-renders).
 */
export function SubmitButton({ pending, pendingLabel, variant = "primary", disabled, children, className, ...button }: SubmitButtonProps) {
  return (
    <button type="submit" className={className ?? buttonClass(variant)} disabled={pending || disabled} aria-busy={pending || undefined} {...button}>
      {pending ? pendingLabel : children}
    </button>
  );
}
