import nodemailer from "nodemailer";
import { env } from "@/server/env";

export type InviteMail = { to: string; name: string; clinicName: string; url: string; expiresAt: Date };

/**
 * Sends an invite link by email when SMTP_URL is set. Without it the link is written to the server
 * log so a developer or the inviting therapist can pass it on; the caller shows it in the UI too.
 */
export async function sendInviteMail(mail: InviteMail): Promise<{ emailed: boolean }> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) {
    console.info(`[invite] ${mail.clinicName}: invite link (valid until ${mail.expiresAt.toISOString()}): ${mail.url}`);
    return { emailed: false };
  }
  const transport = nodemailer.createTransport(SMTP_URL);
  await transport.sendMail({
    from: MAIL_FROM,
    to: mail.to,
    subject: `${mail.clinicName} invited you to StrideCare`,
    text:
      `Hello ${mail.name},\n\n${mail.clinicName} invited you to StrideCare. Open this link to set your password:\n\n` +
      `${mail.url}\n\nThe link works once and expires on ${mail.expiresAt.toUTCString()}.\n`,
  });
  return { emailed: true };
}
