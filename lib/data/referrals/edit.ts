/**
 * `PATCH /referrals/{id}` (domain.md §4.3): while the deal is open, the name, close date,
 * value, notes, CRM id, campaign id, team, solutions (not for assessments) and the other
 * details of wizard step 3 change; the location and the customer never. The version edited
 * is required: a stale one is refused with the fresh deal.
 */
import type { Actor } from "@/lib/domain/actor";
import { dealReachErrors, dealTransition, updateDealSchemaFor } from "@/lib/domain/referral";
import { InvalidTransitionError, StaleVersionError, ValidationError } from "@/lib/errors";
import { parseInput } from "../validate";
import { solutionKinds } from "../catalog/solutions";
import type { DealDetail } from "./contract";
import { getDeal } from "./detail";
import { assertOwningPartner, effectiveStatus, fromDbDate, loadVisible, machineInput, teamRows, toDbDate, writeDealChange } from "./shared";
import type { Change } from "../history";

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

export async function updateDeal(actor: Actor, id: string, input: unknown): Promise<DealDetail> {
  const row = await loadVisible(actor, id);
  assertOwningPartner(actor, row);
  const now = new Date();
  const decision = dealTransition(machineInput(row, now), { type: "EDIT" }, { now });
  if (!decision.ok) throw new InvalidTransitionError(decision.message);

  const body = isRecord(input) ? input : {};
  const ids = Array.isArray(body.solutions)
    ? body.solutions.flatMap((s) => (isRecord(s) && typeof s.solutionId === "string" ? [s.solutionId] : []))
    : [];
  const schema = updateDealSchemaFor(
    { dealType: row.dealType, status: effectiveStatus(row, now), program: row.program },
    { solutionKind: await solutionKinds(ids) },
  );
  const v = parseInput(schema, input);
  // A referral user who removed themself from the team would lose the deal (§1): refused.
  const reach = dealReachErrors(actor, { teamEmails: v.team?.map((m) => m.email) ?? null });
  if (reach.length) throw new ValidationError(reach);

  const data: Record<string, unknown> = {};
  const list: Change[] = [];
  const set = (field: string, column: string, from: unknown, to: unknown, stored: unknown = to) => {
    if (JSON.stringify(from ?? null) === JSON.stringify(to ?? null)) return;
    data[column] = stored;
    list.push({ field, from: from ?? null, to: to ?? null });
  };
  if (v.name !== undefined) set("name", "name", row.name, v.name);
  if (v.notes !== undefined) set("notes", "notes", row.notes, v.notes);
  if (v.estimatedCloseDate !== undefined) {
    set("estimatedCloseDate", "estimatedCloseDate", fromDbDate(row.estimatedCloseDate), v.estimatedCloseDate, toDbDate(v.estimatedCloseDate));
  }
  if (v.estimatedValue !== undefined) {
    const from = { amountMinor: Number(row.estimatedValueMinor), currency: row.currency };
    if (from.amountMinor !== v.estimatedValue.amountMinor || from.currency !== v.estimatedValue.currency) {
      data.estimatedValueMinor = BigInt(v.estimatedValue.amountMinor);
      data.currency = v.estimatedValue.currency;
      list.push({ field: "estimatedValue", from, to: v.estimatedValue });
    }
  }
  if (v.crmId !== undefined) set("crmId", "crmId", row.crmId, v.crmId || null);
  if (v.campaignId !== undefined) set("campaignId", "campaignId", row.campaignId, v.campaignId || null);
  if (v.marketplaceIntent !== undefined) set("marketplaceIntent", "marketplaceIntent", row.marketplaceIntent, v.marketplaceIntent);
  if (v.partnerRole !== undefined) set("partnerRole", "partnerRole", row.partnerRole, v.partnerRole);
  if (v.solutionArea !== undefined) set("solutionArea", "solutionArea", row.solutionArea, v.solutionArea || null);
  if (v.solutionPlay !== undefined) set("solutionPlay", "solutionPlay", row.solutionPlay, v.solutionPlay || null);
  if (v.customerContact !== undefined) {
    const c = v.customerContact;
    const from = row.contactName ? { name: row.contactName, email: row.contactEmail, phone: row.contactPhone, notes: row.contactNotes } : null;
    const to = c ? { name: c.name, email: c.email.toLowerCase(), phone: c.phone, notes: c.notes || null } : null;
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      Object.assign(data, {
        contactName: to?.name ?? null,
        contactEmail: to?.email ?? null,
        contactPhone: to?.phone ?? null,
        contactNotes: to?.notes ?? null,
        contactConsent: c?.consent === true,
      });
      list.push({ field: "customerContact", from, to });
    }
  }
  let teamChanged = false;
  if (v.team !== undefined) {
    const from = row.team.map((m) => m.email);
    const to = v.team.map((m) => m.email.toLowerCase());
    const same = JSON.stringify(row.team.map(({ name, email, phone }) => ({ name, email, phone }))) ===
      JSON.stringify(v.team.map((m) => ({ name: m.name.trim(), email: m.email.toLowerCase(), phone: m.phone.trim() })));
    if (!same) {
      teamChanged = true;
      list.push({ field: "team", from, to });
    }
  }
  let solutionIds: string[] | null = null;
  if (v.solutions !== undefined) {
    const from = row.solutions.map((s) => s.solution.id);
    const to = v.solutions.map((s) => s.solutionId);
    if (JSON.stringify(from) !== JSON.stringify(to)) {
      solutionIds = to;
      list.push({ field: "solutions", from: row.solutions.map((s) => s.solution.name), to });
    }
  }

  if (list.length === 0) {
    // Nothing changed: no write, no history row; a stale version is still refused.
    if (v.version !== row.version) throw new StaleVersionError(await getDeal(actor, row.id));
    return getDeal(actor, row.id);
  }
  await writeDealChange(actor, row, {
    version: v.version,
    data,
    action: "updated",
    changes: list,
    after: async (tx) => {
      if (v.team !== undefined && teamChanged) {
        const rows = await teamRows(tx, row.organizationId, v.team);
        await tx.dealTeamMember.deleteMany({ where: { dealId: row.id } });
        await tx.dealTeamMember.createMany({ data: rows.map((m) => ({ ...m, dealId: row.id })) });
      }
      if (solutionIds) {
        await tx.dealSolution.deleteMany({ where: { dealId: row.id } });
        await tx.dealSolution.createMany({ data: solutionIds.map((solutionId) => ({ dealId: row.id, solutionId })) });
      }
    },
  });
  return getDeal(actor, row.id);
}
