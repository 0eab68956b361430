/**
 * The provider side of an opportunity (domain.md §2.1 People, §2.7): the provider-side
 * fields and the provider team. Written only by a PROVIDER_SELLER who sees the opportunity
 * (sellers see approved opportunities whose team lists them) or a PROVIDER_ADMIN; guarded by
 * `providerVersion`; partner fields and the partner `version` are never touched.
 */
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { ProviderFieldsSchema, ProviderTeamMemberSchema } from "@/lib/domain/opportunity";
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from "@/lib/errors";
import { recordHistory } from "../history";
import { parseInput } from "../validate";
import type { OpportunityDetail } from "./contract";
import { findDetail, getOpportunity } from "./detail";
import { ENTITY, LostRace, NOT_FOUND, canEditProviderSide, changes, fromDbDate, loadVisible, splitVersion, toDbDate } from "./shared";

const NOT_ALLOWED = "Only the provider's sellers and administrators can change the provider-side details";
const FIELDS = ["providerStage", "providerCloseDate", "providerClosedLostReason"] as const;

async function staleProviderError(actor: Actor, id: string) {
  const current = await findDetail(actor, id);
  if (!current) return new NotFoundError(NOT_FOUND);
  return new StaleVersionError(current);
}

/**
 * `{ providerStage?, providerCloseDate?, providerClosedLostReason?, version }` where `version`
 * is the provider-side version (`providerFields.version` of the detail). A field that is
 * absent stays as it is; null or blank clears it.
 */
export async function updateProviderFields(actor: Actor, id: string, input: unknown): Promise<OpportunityDetail> {
  const row = await loadVisible(actor, id);
  if (!canEditProviderSide(actor)) throw new ForbiddenError(NOT_ALLOWED);
  const { version, rest, errors } = splitVersion(input, true);
  if (errors.length > 0) throw new ValidationError(errors);
  const parsed = parseInput(ProviderFieldsSchema, rest);
  if (version !== row.providerVersion) throw await staleProviderError(actor, id);
  const sent = (key: string) => rest !== null && typeof rest === "object" && key in rest;
  const before = {
    providerStage: row.providerStage,
    providerCloseDate: fromDbDate(row.providerCloseDate),
    providerClosedLostReason: row.providerClosedLostReason,
  };
  const after = { ...before };
  for (const key of FIELDS) if (sent(key)) after[key] = parsed[key] ?? null;
  const diff = FIELDS.filter((key) => before[key] !== after[key]).map((key) => ({ field: key, from: before[key], to: after[key] }));
  if (diff.length === 0) return getOpportunity(actor, id);
  try {
    await db().$transaction(async (tx) => {
      const res = await tx.opportunity.updateMany({
        where: { id, providerVersion: row.providerVersion },
        data: {
          providerStage: after.providerStage,
          providerCloseDate: toDbDate(after.providerCloseDate),
          providerClosedLostReason: after.providerClosedLostReason,
          providerVersion: { increment: 1 },
        },
      });
      if (res.count === 0) throw new LostRace();
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: id,
        organizationId: row.organizationId,
        actorId: actor.userId,
        action: "provider_fields_updated",
        changes: changes(diff),
      });
    });
  } catch (e) {
    if (e instanceof LostRace) throw await staleProviderError(actor, id);
    throw e;
  }
  return getOpportunity(actor, id);
}

export const MAX_PROVIDER_TEAM = 20;
const TeamSchema = z.strictObject({
  members: z.array(ProviderTeamMemberSchema, { error: "Enter the team as a list" }).max(MAX_PROVIDER_TEAM, `At most ${MAX_PROVIDER_TEAM} members`),
  version: z.number().int().positive().optional(),
});

/**
 * Replaces the provider team. `input`: the list of `{ role, name, email }`, or
 * `{ members, version? }` (`version` = the provider-side version). Members whose email is a
 * provider user's are linked to that user (a linked PROVIDER_SELLER then sees the
 * opportunity once it is approved). Returns null when the actor no longer sees it (a seller
 * who removed themselves).
 */
export async function setProviderTeam(actor: Actor, id: string, input: unknown): Promise<OpportunityDetail | null> {
  const row = await loadVisible(actor, id);
  if (!canEditProviderSide(actor)) throw new ForbiddenError(NOT_ALLOWED);
  const { members, version } = parseInput(TeamSchema, Array.isArray(input) ? { members: input } : input);
  if (version !== undefined && version !== row.providerVersion) throw await staleProviderError(actor, id);
  const clean = members.map((m) => ({ role: m.role, name: m.name!, email: m.email!.toLowerCase() }));
  const client = db();
  const users = await client.user.findMany({
    where: { email: { in: [...new Set(clean.map((m) => m.email))] }, organization: { kind: "PROVIDER" } },
    select: { id: true, email: true },
  });
  const userByEmail = new Map(users.map((u) => [u.email, u.id]));
  try {
    await client.$transaction(async (tx) => {
      const before = await tx.providerTeamMember.findMany({
        where: { opportunityId: id },
        select: { role: true, name: true, email: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      const res = await tx.opportunity.updateMany({
        where: { id, providerVersion: row.providerVersion },
        data: { providerVersion: { increment: 1 } },
      });
      if (res.count === 0) throw new LostRace();
      await tx.providerTeamMember.deleteMany({ where: { opportunityId: id } });
      const now = Date.now();
      if (clean.length > 0) {
        await tx.providerTeamMember.createMany({
          // Increasing createdAt keeps the order as given.
          data: clean.map((m, i) => ({ opportunityId: id, ...m, userId: userByEmail.get(m.email) ?? null, createdAt: new Date(now + i) })),
        });
      }
      await recordHistory(tx, {
        entityType: ENTITY,
        entityId: id,
        organizationId: row.organizationId,
        actorId: actor.userId,
        action: "provider_team_changed",
        changes: changes([{ field: "providerTeam", from: before, to: clean }]),
      });
    });
  } catch (e) {
    if (e instanceof LostRace) throw await staleProviderError(actor, id);
    throw e;
  }
  return findDetail(actor, id);
}
