/**
 * Validating import rows with the wizard's rules: each record is turned into an opportunity
 * body (`rowToOpportunityInput`) and parsed with the same draft / submission schemas as the
 * wizard and the API. The checks that need the database (partner CRM id unique in the
 * organisation, owner and parent opportunity exist) are done set-based, once per file.
 */
import { db } from "@/lib/db";
import { pgPool } from "@/lib/db/pool";
import type { Actor } from "@/lib/domain/actor";
import { opportunityScope } from "@/lib/authz/scope";
import {
  draftSchema,
  issuesToFieldErrors,
  reviewTransition,
  rowToOpportunityInput,
  submissionSchema,
  NEW,
  type OpportunityData,
  type RuleContext,
} from "@/lib/domain/opportunity";
import type { CsvRecord, ImportRowError } from "@/lib/import/parse-csv";
// The opportunity service's own rules and messages, so that an imported row is exactly what
// `createOpportunity` would have stored (see process.ts for why imports insert set-based).
import { contactFromUser } from "../opportunities/create";
import { ASSIGNEE_MESSAGES } from "../opportunities/references";
import { PARTNER_CRM_ID_TAKEN } from "../opportunities/shared";

export const ROW_MESSAGES = {
  crmIdTaken: PARTNER_CRM_ID_TAKEN.message,
  crmIdRepeated: (firstRow: number) => `This partner CRM ID is already used in row ${firstRow} of this file`,
  parent: "Choose an opportunity of your organisation",
} as const;

/** A row that passed every check, ready to insert (owner, stage and sales contact defaulted). */
export type PreparedRow = { row: number; data: OpportunityData; submit: boolean; ownerId: string };

export type RowSchemas = { draft: ReturnType<typeof draftSchema>; submission: ReturnType<typeof submissionSchema> };

export const rowSchemas = (ctx: RuleContext): RowSchemas => ({ draft: draftSchema(ctx), submission: submissionSchema(ctx) });

type Person = { name: string; email: string };

/** What the database says about the ids and CRM ids a file mentions. */
export type References = {
  /** Partner CRM ids that already exist in the organisation. */
  takenCrmIds: Set<string>;
  /** CRM id → the first row of the file that uses it. */
  firstRowOfCrmId: Map<string, number>;
  /** Owners named in the file: why each cannot own opportunities, or its name and email. */
  owners: Map<string, { problem: string } | { person: Person }>;
  /** Opportunities of the organisation the actor sees, among the parentOpportunityIds of the file. */
  parents: Set<string>;
};

const cell = (value: unknown): string | undefined => (typeof value === "string" && value.trim() !== "" ? value.trim() : undefined);

/** Loads the references of every record of the file (three queries, whatever the row count). */
export async function loadReferences(actor: Actor, records: readonly CsvRecord[]): Promise<References> {
  const firstRowOfCrmId = new Map<string, number>();
  const ownerIds = new Set<string>();
  const parentIds = new Set<string>();
  for (const { row, record } of records) {
    const crm = cell(record.partnerCrmId);
    if (crm !== undefined && !firstRowOfCrmId.has(crm)) firstRowOfCrmId.set(crm, row);
    const owner = cell(record.ownerId);
    if (owner !== undefined) ownerIds.add(owner);
    const parent = cell(record.parentOpportunityId);
    if (parent !== undefined) parentIds.add(parent);
  }
  const organizationId = actor.organizationId;
  const [taken, users, parents] = await Promise.all([
    // Up to 10,000 CRM ids: one array parameter (Prisma would bind each value separately).
    firstRowOfCrmId.size
      ? pgPool()
          .query<{ partnerCrmId: string }>(
            `SELECT "partnerCrmId" FROM "Opportunity" WHERE "organizationId" = $1 AND "partnerCrmId" = ANY($2::text[])`,
            [organizationId, [...firstRowOfCrmId.keys()]],
          )
          .then((result) => result.rows)
      : [],
    ownerIds.size
      ? db().user.findMany({
          where: { organizationId, id: { in: [...ownerIds] } },
          select: { id: true, name: true, email: true, status: true, aceRole: true },
        })
      : [],
    parentIds.size
      ? db().opportunity.findMany({ where: { AND: [{ organizationId, id: { in: [...parentIds] } }, opportunityScope(actor)] }, select: { id: true } })
      : [],
  ]);
  // The same verdicts as the service's `ownerProblem`, for all owners at once.
  const owners: References["owners"] = new Map();
  for (const id of ownerIds) owners.set(id, { problem: ASSIGNEE_MESSAGES.unknown });
  for (const user of users) {
    if (user.status !== "ACTIVE") owners.set(user.id, { problem: ASSIGNEE_MESSAGES.inactive });
    else if (!user.aceRole) owners.set(user.id, { problem: ASSIGNEE_MESSAGES.noAce });
    else owners.set(user.id, { person: { name: user.name, email: user.email } });
  }
  return {
    takenCrmIds: new Set(taken.map((o) => o.partnerCrmId).filter((id): id is string => id !== null)),
    firstRowOfCrmId,
    owners,
    parents: new Set(parents.map((o) => o.id)),
  };
}

/**
 * Validates records (pure, given the references): returns the rows to insert and the
 * problems of the others. A row is imported only when it has no problem at all. The checks
 * and defaults are `createOpportunity`'s: the draft or submission schema (per the `action`
 * column), owner / parent / partner CRM id, the machine's permission to submit; the owner
 * defaults to the importing user, the stage to PROSPECT, the partner sales contact to the owner.
 */
export function prepareRows(
  records: readonly CsvRecord[],
  schemas: RowSchemas,
  actor: Actor,
  refs: References,
): { valid: PreparedRow[]; errors: ImportRowError[] } {
  const valid: PreparedRow[] = [];
  const errors: ImportRowError[] = [];
  for (const { row, record } of records) {
    const { input, action, errors: actionErrors } = rowToOpportunityInput(record);
    const submit = action === "submit";
    const result = (submit ? schemas.submission : schemas.draft).safeParse(input);
    const rowErrors = result.success ? [] : issuesToFieldErrors(result.error);
    const fieldBroken = (path: string) => rowErrors.some((e) => e.path === path || e.path.startsWith(`${path}.`));

    const crm = cell(input.partnerCrmId);
    if (crm !== undefined && !fieldBroken("partnerCrmId")) {
      const first = refs.firstRowOfCrmId.get(crm);
      if (first !== undefined && first !== row) rowErrors.push({ path: "partnerCrmId", message: ROW_MESSAGES.crmIdRepeated(first) });
      else if (refs.takenCrmIds.has(crm)) rowErrors.push({ path: "partnerCrmId", message: ROW_MESSAGES.crmIdTaken });
    }
    const ownerId = cell(input.ownerId) ?? actor.userId;
    const owner = ownerId === actor.userId ? { person: { name: actor.name, email: actor.email } } : refs.owners.get(ownerId);
    if (owner && "problem" in owner && !fieldBroken("ownerId")) rowErrors.push({ path: "ownerId", message: owner.problem });
    const parent = cell(input.parentOpportunityId);
    if (parent !== undefined && !fieldBroken("parentOpportunityId") && !refs.parents.has(parent)) {
      rowErrors.push({ path: "parentOpportunityId", message: ROW_MESSAGES.parent });
    }
    rowErrors.push(...actionErrors);
    if (submit && actionErrors.length === 0) {
      // Who may submit: the owner or an org-wide ACE role (the machine decides). The stage rule
      // (no submission at LAUNCHED / CLOSED_LOST) is already a schema rule at `stage`.
      const verdict = reviewTransition({ status: NEW, stage: undefined, event: "SUBMIT", actor, isOwner: ownerId === actor.userId, isCreator: true });
      if (!verdict.ok) rowErrors.push({ path: "action", message: verdict.message });
    }

    if (rowErrors.length > 0 || !result.success) {
      for (const e of rowErrors) errors.push({ row, path: e.path, message: e.message });
      continue;
    }
    const data: OpportunityData = { ...result.data, ownerId, stage: result.data.stage ?? "PROSPECT" };
    if (!data.partnerSalesContact && owner && "person" in owner) {
      const contact = contactFromUser(owner.person);
      if (contact) data.partnerSalesContact = contact;
    }
    valid.push({ row, data, submit, ownerId });
  }
  return { valid, errors };
}
