export { renderNotificationEmail, subjectLine, type NotificationEmailInput, type RenderedEmail } from "./notification";
export { escapeHtml } from "./escape";
export { emailLocale, emailTranslator, type EmailLocale } from "./messages";
