import type { Prisma } from "@/lib/db";

export type Change = { field: string; from: unknown; to: unknown };

/** The fields whose values differ between before and after (shallow, JSON-comparable). */
export function diffChanges<T extends Record<string, unknown>>(before: T, after: Partial<T>, fields?: (keyof T)[]): Change[] {
  const keys = fields ?? (Object.keys(after) as (keyof T)[]);
  const changes: Change[] = [];
  for (const key of keys) {
    if (!(key in after)) continue;
    const from = before[key] ?? null;
    const to = after[key] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes.push({ field: String(key), from, to });
  }
  return changes;
}

/**
 * Appends one history row. Always called with the transaction client of the change it
 * records, so the change and its history commit or fail together.
 */
export function recordHistory(
  tx: Prisma.TransactionClient,
  entry: {
    entityType: string;
    entityId: string;
    organizationId?: string | null;
    actorId: string | null;
    action: string;
    changes?: Change[];
  },
) {
  return tx.historyEntry.create({
    data: {
      entityType: entry.entityType,
      entityId: entry.entityId,
      organizationId: entry.organizationId ?? null,
      actorId: entry.actorId,
      action: entry.action,
      changes: (entry.changes ?? []) as Prisma.InputJsonValue,
    },
  });
}
