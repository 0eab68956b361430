/**
 * Outgoing email through SMTP (nodemailer), configured by SMTP_* and MAIL_FROM (lib/env.ts).
 * Without SMTP_HOST there is no transport: emails stay in the outbox table and the
 * development mailbox (/dev/mailbox) shows them.
 */
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type SmtpSettings = {
  host: string;
  port: number;
  secure: boolean;
  auth: { user: string; pass: string } | null;
  from: string;
};

/** The SMTP settings, or null when SMTP is not configured (development mailbox). */
export function smtpSettings(): SmtpSettings | null {
  const e = env();
  if (!e.SMTP_HOST) return null;
  const secure = e.SMTP_SECURE ?? e.SMTP_PORT === 465;
  return {
    host: e.SMTP_HOST,
    port: e.SMTP_PORT ?? (secure ? 465 : 587),
    secure,
    auth: e.SMTP_USER && e.SMTP_PASSWORD ? { user: e.SMTP_USER, pass: e.SMTP_PASSWORD } : null,
    from: e.MAIL_FROM,
  };
}

export const smtpConfigured = (): boolean => smtpSettings() !== null;

/** "smtp.example.com:587 (STARTTLS, authenticated)" — for logs, never the password. */
export function describeSmtp(s: SmtpSettings): string {
  return `${s.host}:${s.port} (${s.secure ? "TLS" : "STARTTLS when offered"}${s.auth ? ", authenticated" : ""})`;
}

export type OutgoingMail = { to: string; toName?: string | null; subject: string; text: string; html: string };

let cached: { key: string; transporter: Transporter } | undefined;

function transporterFor(s: SmtpSettings): Transporter {
  const key = JSON.stringify(s);
  if (cached?.key !== key) {
    cached?.transporter.close();
    cached = {
      key,
      transporter: nodemailer.createTransport({
        host: s.host,
        port: s.port,
        secure: s.secure,
        auth: s.auth ?? undefined,
        pool: true,
        maxConnections: 2,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      }),
    };
  }
  return cached.transporter;
}

/** Sends one email through SMTP; throws on failure (the email job retries with backoff). */
export async function sendSmtp(s: SmtpSettings, mail: OutgoingMail): Promise<{ messageId: string }> {
  const info = await transporterFor(s).sendMail({
    from: s.from,
    to: mail.toName ? { name: mail.toName, address: mail.to } : mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  });
  const rejected = (info.rejected ?? []).map(String);
  if (rejected.length > 0) throw new Error(`SMTP server rejected ${rejected.join(", ")}`);
  return { messageId: String(info.messageId ?? "") };
}

/** Checks that the SMTP server answers and accepts the credentials (at start; logs only). */
export async function verifySmtp(s: SmtpSettings): Promise<void> {
  await transporterFor(s).verify();
}

/** Closes pooled SMTP connections (worker shutdown, tests). */
export function closeSmtp(): void {
  cached?.transporter.close();
  cached = undefined;
}
