/** Email: SMTP transport (nodemailer) and the templates. The outbox lives in lib/data/notifications. */
export {
  smtpSettings,
  smtpConfigured,
  describeSmtp,
  sendSmtp,
  verifySmtp,
  closeSmtp,
  type SmtpSettings,
  type OutgoingMail,
} from "./transport";
export { renderNotificationEmail, type RenderedEmail, type NotificationEmailInput } from "./templates";
