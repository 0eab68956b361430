/**
 * The email sent for a notification (domain.md §6): plain text and HTML with the same
 * content — greeting, title, body, a button to the object, and a footer pointing to the
 * notification settings where the user can mute this kind of email. The fixed wording is
 * in the recipient's language (`notifications.email` in the message catalogue, English when
 * there is none for it); the title and body are the notification's own text.
 */
import { escapeHtml, paragraphs } from "./escape";
import { PRODUCT_NAME, htmlLayout } from "./layout";
import { emailLocale, emailTranslator } from "./messages";

export type NotificationEmailInput = {
  recipientName: string;
  title: string;
  body: string;
  /** Absolute URL of the object, when there is one. */
  url: string | null;
  /** Absolute URL of Settings → Notifications. */
  settingsUrl: string;
  /** The recipient's locale (`User.locale`); unknown or missing → English. */
  locale?: string | null;
};

export type RenderedEmail = { subject: string; text: string; html: string };

/** One line, no control characters, at most 200 characters (header injection is impossible). */
export function subjectLine(title: string, fallback: string = PRODUCT_NAME): string {
  const clean = title
    .replace(/[\r\n\t]+/g, " ")
    .replace(/\s{2,}/g, " ")
    .trim();
  return clean.length > 200 ? `${clean.slice(0, 199)}…` : clean || fallback;
}

export function renderNotificationEmail(input: NotificationEmailInput): RenderedEmail {
  const t = emailTranslator(input.locale);
  const { language } = emailLocale(input.locale);
  const product = t("productName");
  const heading = subjectLine(input.title, product);
  const subject = subjectLine(t("subject", { title: heading }), product);
  const name = input.recipientName.trim();
  const greeting = name ? t("greeting", { name }) : t("greetingNoName");
  const footer = t("footer", { product });

  const text = [
    greeting,
    "",
    heading,
    ...(input.body.trim() ? ["", input.body.trim()] : []),
    ...(input.url ? ["", t("openText", { url: input.url })] : []),
    "",
    "-- ",
    `${footer} ${t("muteHintText", { url: input.settingsUrl })}`,
    "",
  ].join("\n");

  const button = input.url
    ? `<p style="margin:20px 0 4px"><a href="${escapeHtml(input.url)}" style="display:inline-block;background:#4f46e5;color:#ffffff;text-decoration:none;font-weight:600;padding:10px 16px;border-radius:6px">${escapeHtml(t("button"))}</a></p>
<p style="margin:0;font-size:12px;color:#64748b">${escapeHtml(t("pasteLink", { url: input.url }))}</p>`
    : "";
  const html = htmlLayout({
    lang: language,
    productName: product,
    preheader: input.body.trim().slice(0, 140) || heading,
    content: `<p style="margin:0 0 12px">${escapeHtml(greeting)}</p>
<h1 style="margin:0 0 12px;font-size:18px;line-height:1.35">${escapeHtml(heading)}</h1>
${paragraphs(input.body)}
${button}`,
    footer: `${escapeHtml(footer)} <a href="${escapeHtml(input.settingsUrl)}" style="color:#4f46e5">${escapeHtml(t("muteHintLink"))}</a>.`,
  });
  return { subject, text, html };
}
