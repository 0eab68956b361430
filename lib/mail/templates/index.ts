export { renderNotificationEmail, subjectLine, type NotificationEmailInput, type RenderedEmail } from "./notification";
export { escapeHtml } from "./escape";
