/**
 * The email sent for a notification (domain.md §6): plain text and HTML with the same
 * content — greeting, title, body, a button to the object, and a footer pointing to the
 * notification settings where the user can mute this kind of email.
 */
import { escapeHtml, paragraphs } from "./escape";
import { PRODUCT_NAME, htmlLayout } from "./layout";

export type NotificationEmailInput = {
  recipientName: string;
  title: string;
  body: string;
  /** Absolute URL of the object, when there is one. */
  url: string | null;
  /** Absolute URL of Settings → Notifications. */
  settingsUrl: string;
};

export type RenderedEmail = { subject: string; text: string; html: string };

/** One line, no control characters, at most 200 characters (header injection is impossible). */
export function subjectLine(title: string): string {
  const clean = title
    .replace(/[\r\n\t]+/g, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
  return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean || PRODUCT_NAME;
}

export function renderNotificationEmail(input: NotificationEmailInput): RenderedEmail {
  const subject = subjectLine(input.title);
  const greeting = `Hello ${input.recipientName.trim() || "there"},`;
  const footerText = `You receive this email because of your notification settings in the ${PRODUCT_NAME}. Choose which emails you get: ${input.settingsUrl}`;

  const text = [
    greeting,
    "",
    subject,
    ...(input.body.trim() ? ["", input.body.trim()] : []),
    ...(input.url ? ["", `Open it in the portal: ${input.url}`] : []),
    "",
    "-- ",
    footerText,
    "",
  ].join("\n");

  const button = input.url
    ? `<p style="margin:20px 0 4px"><a href="${escapeHtml(input.url)}" style="display:inline-block;background:#4f46e5;color:#ffffff;text-decoration:none;font-weight:600;padding:10px 16px;border-radius:6px">Open in the portal</a></p>
<p style="margin:0;font-size:12px;color:#64748b">Or paste this link into your browser: ${escapeHtml(input.url)}</p>`
    : "";
  const html = htmlLayout({
    preheader: input.body.trim().slice(0, 140) || subject,
    content: `<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>
<h1 style="margin:0 0 12px;font-size:18px;line-height:1.35">${escapeHtml(subject)}</h1>
${paragraphs(input.body)}
${button}`,
    footer: `You receive this email because of your notification settings in the ${escapeHtml(PRODUCT_NAME)}. <a href="${escapeHtml(input.settingsUrl)}" style="color:#4f46e5">Choose which emails you get</a>.`,
  });
  return { subject, text, html };
}
