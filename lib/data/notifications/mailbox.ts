/**
 * The development mailbox (/dev/mailbox): the outbox as a mail client shows it, for demos and
 * development when no SMTP server is configured.
 *
 * Who may open it (decision, see README): only while SMTP is NOT configured — then in
 * development (NODE_ENV ≠ production) every signed-in user (the demo shows what each persona
 * was emailed), and in production only provider admins (it holds everybody's email). With
 * SMTP configured it does not exist (404): real mail goes to real inboxes.
 */
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { env } from "@/lib/env";
import { smtpConfigured } from "@/lib/mail/transport";
import { NotFoundError } from "@/lib/errors";
import type { NotificationKind } from "@/lib/notifications/kinds";

export function mailboxAvailable(actor: Actor): boolean {
  if (smtpConfigured()) return false;
  if (env().NODE_ENV !== "production") return true;
  return actor.organizationKind === "PROVIDER" && actor.providerRole === "PROVIDER_ADMIN";
}

function assertMailbox(actor: Actor) {
  if (!mailboxAvailable(actor)) throw new NotFoundError();
}

export type MailboxRow = {
  id: string;
  to: string;
  toName: string | null;
  subject: string;
  kind: NotificationKind | null;
  status: "PENDING" | "SENT" | "FAILED";
  transport: string | null;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
};
export type MailboxMessage = MailboxRow & { text: string; html: string };

const rowSelect = {
  id: true,
  toAddress: true,
  toName: true,
  subject: true,
  kind: true,
  status: true,
  transport: true,
  attempts: true,
  lastError: true,
  createdAt: true,
  sentAt: true,
} satisfies Prisma.EmailMessageSelect;

type Row = Prisma.EmailMessageGetPayload<{ select: typeof rowSelect }>;
const toRow = (m: Row): MailboxRow => ({
  id: m.id,
  to: m.toAddress,
  toName: m.toName,
  subject: m.subject,
  kind: m.kind,
  status: m.status,
  transport: m.transport,
  attempts: m.attempts,
  lastError: m.lastError,
  createdAt: m.createdAt.toISOString(),
  sentAt: m.sentAt?.toISOString() ?? null,
});

export type MailboxQuery = { page?: number; pageSize?: number; q?: string; mine?: boolean };

/** Newest first; `q` matches recipient or subject; `mine` only the actor's own email. */
export async function listMailbox(
  actor: Actor,
  query: MailboxQuery = {},
): Promise<{ rows: MailboxRow[]; total: number; page: number; pageSize: number }> {
  assertMailbox(actor);
  const pageSize = Math.min(Math.max(1, Math.trunc(query.pageSize ?? 25) || 25), 100);
  const page = Math.max(1, Math.trunc(query.page ?? 1) || 1);
  const q = query.q?.trim().slice(0, 120);
  const where: Prisma.EmailMessageWhereInput = {
    ...(query.mine ? { toAddress: actor.email.toLowerCase() } : {}),
    ...(q ? { OR: [{ toAddress: { contains: q, mode: "insensitive" } }, { subject: { contains: q, mode: "insensitive" } }] } : {}),
  };
  const [total, rows] = await Promise.all([
    db().emailMessage.count({ where }),
    db().emailMessage.findMany({
      where,
      select: rowSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { rows: rows.map(toRow), total, page, pageSize };
}

export async function mailboxMessage(actor: Actor, id: string): Promise<MailboxMessage> {
  assertMailbox(actor);
  if (typeof id !== "string" || id.length > 64) throw new NotFoundError();
  const m = await db()
    .emailMessage.findUnique({ where: { id }, select: { ...rowSelect, text: true, html: true } })
    .catch(() => null);
  if (!m) throw new NotFoundError();
  return { ...toRow(m), text: m.text, html: m.html };
}
