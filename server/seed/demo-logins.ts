/** The demo clinic's logins, listed on the sign-in page of the embedded demo and in the README. */
export const DEMO_PASSWORD = "demo-password";
export const demoLogins = [
  { role: "Clinic owner", email: "owner@demo.clinic" },
  { role: "Therapist", email: "therapist@demo.clinic" },
  { role: "Athlete", email: "athlete@demo.clinic" },
] as const;
