/**
 * Zod schemas of co-sell deals: the wizard / `POST /referrals` body (api.md), accept,
 * decline, stage, won/lost/error, invitations and `PATCH /referrals/{id}`.
 *
 * Every schema is strict (unknown keys are a 400, api.md) and reports each broken field
 * at a dotted path (`estimatedValue.amount`, `team.0.email`, `partnerInvitations.1.notes`).
 * Cross-field rules run even when other fields are broken, so one answer lists them all.
 *
 * Rules that need data from the database take a context:
 * - `createReferralSchema(ctx)`: the organisation's locations and the catalogue's
 *   solution kinds. `CreateReferralSchema` (no context) has every other rule and is the
 *   one to publish in the OpenAPI document.
 * - `updateDealSchemaFor(deal, ctx)`: what the deal allows to edit now.
 * - `inviteToDealSchema(ctx)`: the deal's team and the catalogue.
 */
import { z } from "zod";
import { hasPostalCodes, isCountryCode } from "../opportunity/countries";
import { dealTypeFromAnswers, helpRequested } from "./deal-type";
import { editableDealFields, NEVER_EDITABLE_DEAL_FIELDS } from "./editability";
import {
  ContactEmailSchema,
  CustomerContactSchema,
  DateSchema,
  DealNameSchema,
  ExternalIdSchema,
  HelpFromProviderSchema,
  LocationSchema,
  NotesSchema,
  OptionalNotesSchema,
  PositiveMoneySchema,
  ShortTextSchema,
  SolutionRefSchema,
  SolutionsSchema,
  TeamSchema,
} from "./fields";
import {
  CLOSE_AS_ERROR_REASONS,
  DEAL_TYPES,
  DECLINE_REASONS,
  LOST_REASONS,
  MARKABLE_STAGES,
  MARKETPLACE_INTENTS,
  PARTNER_ROLES,
  PROGRAMS,
  type DealStatus,
  type DealType,
  type Program,
  type SolutionKind,
} from "./picklists";

type Issue = { path: (string | number)[]; message: string };
type RefineCtx = { addIssue: (issue: { code: "custom"; path: (string | number)[]; message: string }) => void };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const present = (v: unknown) => v !== undefined && v !== null && !(typeof v === "string" && v.trim() === "");
const report = (ctx: RefineCtx, issues: Issue[]) => {
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
};
/** Run an object-level refinement even when some fields failed (defensive on the value). */
const always = { when: (payload: { value: unknown }) => isRecord(payload.value) };

// ---------------------------------------------------------------------------------
// Context

/** What the create/invite rules need from the database. */
export type ReferralSchemaContext = {
  /** The locations of the organisation that will own the deal (the recipient's for an inbound referral). */
  locations: readonly string[];
  /** The catalogue kind of a solution, or null when no such solution exists. Omit to skip kind checks. */
  solutionKind?: (solutionId: string) => SolutionKind | null;
};

// ---------------------------------------------------------------------------------
// Customer

export const NEW_CUSTOMER_FIELDS = ["name", "countryCode", "city", "postalCode", "duns"] as const;

/**
 * The deal's customer: a directory account (`{ accountId }`), or, for a customer not in
 * the directory, `{ name, countryCode, city, postalCode, duns? }` (management OTHER).
 */
export const DealCustomerSchema = z
  .strictObject(
    {
      accountId: z.string().min(1, "Choose a customer").max(64).optional(),
      name: z.string().trim().min(1, "Enter the customer's name").max(120, "At most 120 characters").optional(),
      countryCode: z.string().trim().toUpperCase().refine(isCountryCode, "Choose a country (ISO 3166-1 alpha-2 code)").optional(),
      city: z.string().trim().min(1, "Enter the city").max(255, "At most 255 characters").optional(),
      postalCode: z.string().trim().max(20, "At most 20 characters").optional().nullable(),
      duns: z
        .string()
        .trim()
        .regex(/^\d{9}$/, "A DUNS number has 9 digits")
        .optional()
        .nullable(),
    },
    { error: "Choose a customer" },
  )
  .superRefine((c, ctx) => {
    if (present(c.accountId)) {
      for (const key of NEW_CUSTOMER_FIELDS) {
        if (present(c[key])) {
          ctx.addIssue({ code: "custom", path: [key], message: "Give a directory account or the customer's details, not both" });
        }
      }
      return;
    }
    if (!present(c.name)) ctx.addIssue({ code: "custom", path: ["name"], message: "Enter the customer's name" });
    if (!present(c.countryCode)) ctx.addIssue({ code: "custom", path: ["countryCode"], message: "Choose a country" });
    if (!present(c.city)) ctx.addIssue({ code: "custom", path: ["city"], message: "Enter the city" });
    if (!present(c.postalCode) && (typeof c.countryCode !== "string" || hasPostalCodes(c.countryCode))) {
      ctx.addIssue({ code: "custom", path: ["postalCode"], message: "Enter the postal code" });
    }
  }, always);
export type DealCustomerInput = z.input<typeof DealCustomerSchema>;

// ---------------------------------------------------------------------------------
// P2P partner invitations (§4.5)

/** At most this many partners on one deal (decision: as for ACE sharing, §2.9). */
export const MAX_PARTNER_INVITATIONS = 9;

/** What the inviter says to each invited partner (§4.5). */
export const PartnerInvitationSchema = z.strictObject({
  partnerOrganizationId: z.string({ error: "Choose a partner" }).min(1, "Choose a partner").max(64),
  /** Prefilled with the deal's; fixed for the inviter after creation, editable by the invitee. */
  estimatedCloseDate: DateSchema,
  /** The invitee's part; same editability as the close date. */
  estimatedValue: PositiveMoneySchema,
  /** Why they are invited. */
  notes: NotesSchema,
  /** Emails of the inviter's team members working with them (must be on the deal team). */
  teamMemberEmails: z
    .array(ContactEmailSchema, { error: "Choose the team members working with this partner" })
    .min(1, "Choose at least one team member working with this partner")
    .max(50),
  /** At least one solution they should bring. */
  solutions: z.array(SolutionRefSchema).min(1, "Choose at least one solution this partner should bring").max(20),
  /** The kind of help wanted (decision: the partner-role picklist). */
  helpWanted: z
    .array(z.enum(PARTNER_ROLES, { error: "Choose a kind of help" }), { error: "Choose the help you want" })
    .min(1, "Choose the help you want from this partner"),
});
export type PartnerInvitationInput = z.input<typeof PartnerInvitationSchema>;

const PartnerInvitationsSchema = z
  .array(PartnerInvitationSchema)
  .max(MAX_PARTNER_INVITATIONS, `At most ${MAX_PARTNER_INVITATIONS} partners`);

function partnerInvitationIssues(
  invitations: unknown,
  teamEmails: readonly string[] | null,
  ctx: ReferralSchemaContext | undefined,
  base: (string | number)[],
): Issue[] {
  if (!Array.isArray(invitations)) return [];
  const issues: Issue[] = [];
  const team = teamEmails ? new Set(teamEmails.map((e) => e.toLowerCase())) : null;
  const partners = new Set<string>();
  invitations.forEach((inv, i) => {
    if (!isRecord(inv)) return;
    if (typeof inv.partnerOrganizationId === "string") {
      if (partners.has(inv.partnerOrganizationId)) {
        issues.push({ path: [...base, i, "partnerOrganizationId"], message: "This partner is already invited" });
      }
      partners.add(inv.partnerOrganizationId);
    }
    if (team && Array.isArray(inv.teamMemberEmails)) {
      inv.teamMemberEmails.forEach((email, j) => {
        if (typeof email === "string" && !team.has(email.trim().toLowerCase())) {
          issues.push({ path: [...base, i, "teamMemberEmails", j], message: "Choose a member of the deal team" });
        }
      });
    }
    if (Array.isArray(inv.solutions)) {
      issues.push(...solutionKindIssues(inv.solutions, "SALES", ctx, [...base, i, "solutions"]));
    }
  });
  return issues;
}

function solutionKindIssues(
  solutions: unknown[],
  expect: "SALES" | "ASSESSMENT",
  ctx: ReferralSchemaContext | undefined,
  base: (string | number)[],
): Issue[] {
  if (!ctx?.solutionKind) return [];
  const issues: Issue[] = [];
  solutions.forEach((s, i) => {
    if (!isRecord(s) || typeof s.solutionId !== "string" || s.solutionId === "") return;
    const kind = ctx.solutionKind!(s.solutionId);
    const path = [...base, i, "solutionId"];
    if (kind === null) issues.push({ path, message: "No such solution in the catalogue" });
    else if (expect === "ASSESSMENT" && kind !== "ASSESSMENT") {
      issues.push({ path, message: "Choose an assessment type (a solution of kind ASSESSMENT)" });
    } else if (expect === "SALES" && kind === "ASSESSMENT") {
      issues.push({ path, message: "An assessment is offered only through a solution assessment deal" });
    }
  });
  return issues;
}

// ---------------------------------------------------------------------------------
// Create (wizard / POST /referrals)

const createShape = {
  dealType: z.enum(DEAL_TYPES, { error: "Choose the sale type" }),
  program: z.enum(PROGRAMS, { error: "Choose the program" }),
  customer: DealCustomerSchema,
  customerContact: CustomerContactSchema.optional().nullable(),
  name: DealNameSchema,
  location: LocationSchema,
  estimatedValue: PositiveMoneySchema,
  estimatedCloseDate: DateSchema,
  crmId: ExternalIdSchema,
  campaignId: ExternalIdSchema,
  partnerRole: z.enum(PARTNER_ROLES, { error: "Choose the partner role" }).optional().nullable(),
  solutionArea: ShortTextSchema,
  solutionPlay: ShortTextSchema,
  notes: NotesSchema,
  marketplaceIntent: z.enum(MARKETPLACE_INTENTS, { error: "Choose YES, NO or UNDECIDED" }).optional().nullable(),
  team: TeamSchema,
  solutions: SolutionsSchema.default([]),
  helpFromProvider: HelpFromProviderSchema.optional(),
  visibleToProvider: z.boolean({ error: "Answer whether provider sellers should see this deal" }).optional(),
  partnerInvitations: PartnerInvitationsSchema.default([]),
  assessmentLocation: LocationSchema.optional().nullable(),
  /** Send the deal to another organisation as an inbound referral (provider seller, or partner outside P2P). */
  recipientOrganizationId: z.string().min(1).max(64).optional().nullable(),
};

const CreateReferralObject = z.strictObject(createShape);

/** The cross-field rules of a new deal; `ctx` adds the location and catalogue checks. */
export function createReferralIssues(v: Record<string, unknown>, ctx?: ReferralSchemaContext): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], message: string) => issues.push({ path, message });
  const dealType = v.dealType as DealType | undefined;
  const program = v.program as Program | undefined;
  const solutions = Array.isArray(v.solutions) ? v.solutions : [];
  const invitations = Array.isArray(v.partnerInvitations) ? v.partnerInvitations : [];
  const help = v.helpFromProvider as unknown;
  const visible = v.visibleToProvider as boolean | undefined;
  const helpValid = help === "NONE" || (Array.isArray(help) && help.length > 0 && help.every((h) => typeof h === "string"));
  const helpWanted = helpValid && helpRequested(help);
  const contact = isRecord(v.customerContact) ? v.customerContact : null;

  // Sale type (§4.1, api.md): dealType agrees with the two answers.
  if (dealType === "PRIVATE" || dealType === "PARTNER_LED" || dealType === "CO_SELL") {
    if (help === undefined) add(["helpFromProvider"], 'Answer what help you need from the provider ("NONE" if none)');
    if (visible === undefined) add(["visibleToProvider"], "Answer whether provider sellers should see this deal");
    if (help !== undefined && helpValid && typeof visible === "boolean") {
      const answered = dealTypeFromAnswers({ helpFromProvider: help as "NONE" | string[], visibleToProvider: visible });
      if (answered === null) add(["visibleToProvider"], "A deal that asks the provider for help is visible to provider sellers");
      else if (answered !== dealType) add(["dealType"], `These answers make a ${answered} deal, not ${dealType}`);
    }
  } else if (dealType === "P2P") {
    if (helpWanted && visible === false) {
      add(["visibleToProvider"], "A deal that asks the provider for help is visible to provider sellers");
    }
  } else if (dealType === "SOLUTION_ASSESSMENT") {
    if (visible === false) add(["visibleToProvider"], "Solution assessments are always visible to provider sellers");
  }

  // P2P (§4.5).
  if (dealType === "P2P") {
    if (invitations.length === 0) add(["partnerInvitations"], "Invite at least one partner");
    if (present(v.recipientOrganizationId)) {
      add(["recipientOrganizationId"], "A P2P deal invites partners through partnerInvitations");
    }
  } else if (dealType !== undefined && invitations.length > 0) {
    add(["partnerInvitations"], "Only a P2P deal invites partners");
  }
  const teamEmails = Array.isArray(v.team) ? v.team.flatMap((m) => (isRecord(m) && typeof m.email === "string" ? [m.email] : [])) : [];
  issues.push(...partnerInvitationIssues(invitations, teamEmails, ctx, ["partnerInvitations"]));

  // Solution assessments (§5).
  if (dealType === "SOLUTION_ASSESSMENT") {
    if (solutions.length !== 1) add(["solutions"], "A solution assessment has exactly one assessment type and no other solution");
    else issues.push(...solutionKindIssues(solutions, "ASSESSMENT", ctx, ["solutions"]));
    if (!present(v.assessmentLocation)) add(["assessmentLocation"], "Choose the assessment's location");
    if (v.customerContact == null) add(["customerContact"], "A solution assessment needs the customer contact");
    else if (contact && !present(contact.notes)) {
      add(["customerContact", "notes"], "Add notes for the provider's assessment specialist");
    }
  } else {
    if (dealType !== undefined && present(v.assessmentLocation)) {
      add(["assessmentLocation"], "Only a solution assessment has an assessment location");
    }
    issues.push(...solutionKindIssues(solutions, "SALES", ctx, ["solutions"]));
  }

  // Program (§4.2 steps 3, 4, 6).
  if (program === "IP_CO_SELL") {
    if (solutions.length === 0) add(["solutions"], "Add at least one solution for IP co-sell");
    if (!present(v.marketplaceIntent)) add(["marketplaceIntent"], "Choose the marketplace intent (YES, NO or UNDECIDED)");
  } else if (program === "SERVICES_CO_SELL") {
    if (!present(v.partnerRole)) add(["partnerRole"], "Choose your role for services co-sell");
    if (!present(v.solutionPlay)) add(["solutionPlay"], "Enter the solution play for services co-sell");
    if (present(v.marketplaceIntent)) add(["marketplaceIntent"], "Marketplace intent is for IP co-sell deals only");
  }

  // Locations of the organisation (context).
  if (ctx) {
    const locations = new Set(ctx.locations.map((l) => l.toUpperCase()));
    const list = [...locations].join(", ");
    if (typeof v.location === "string" && !locations.has(v.location.toUpperCase())) {
      add(["location"], `Choose one of your organisation's locations: ${list}`);
    }
    if (
      dealType === "SOLUTION_ASSESSMENT" &&
      typeof v.assessmentLocation === "string" &&
      !locations.has(v.assessmentLocation.toUpperCase())
    ) {
      add(["assessmentLocation"], `Choose one of your organisation's locations: ${list}`);
    }
  }
  return issues;
}

/**
 * `POST /referrals` without database context: shape, per-field rules and every
 * cross-field rule except the organisation's locations and the solutions' kinds.
 */
export const CreateReferralSchema = CreateReferralObject.superRefine((v, ctx) => report(ctx, createReferralIssues(v)), always);

/** `POST /referrals` with every rule: what the server validates with. */
export function createReferralSchema(context: ReferralSchemaContext) {
  return CreateReferralObject.superRefine((v, ctx) => report(ctx, createReferralIssues(v, context)), always);
}
export type CreateReferralInput = z.input<typeof CreateReferralSchema>;
export type CreateReferral = z.output<typeof CreateReferralSchema>;

// ---------------------------------------------------------------------------------
// Answers on a received deal (§4.3)

/** `POST /referrals/{id}/accept`: name, value, close date, notes required; the rest optional. */
export const AcceptDealSchema = z.strictObject({
  name: DealNameSchema,
  estimatedValue: PositiveMoneySchema,
  estimatedCloseDate: DateSchema,
  notes: NotesSchema,
  crmId: ExternalIdSchema,
  campaignId: ExternalIdSchema,
  team: TeamSchema.optional(),
});
export type AcceptDealInput = z.input<typeof AcceptDealSchema>;
export type AcceptDeal = z.output<typeof AcceptDealSchema>;

/** `POST /referrals/{id}/decline`: a reason; notes optional (api.md) except with OTHER. */
export const DeclineDealSchema = z
  .strictObject({
    reason: z.enum(DECLINE_REASONS, { error: "Choose a reason" }),
    notes: OptionalNotesSchema,
  })
  .superRefine((v, ctx) => {
    if (v.reason === "OTHER" && !present(v.notes)) {
      ctx.addIssue({ code: "custom", path: ["notes"], message: "Explain why you decline" });
    }
  }, always);
export type DeclineDealInput = z.input<typeof DeclineDealSchema>;

/** `POST /referrals/{id}/lost`. */
export const MarkLostSchema = z.strictObject({
  reason: z.enum(LOST_REASONS, { error: "Choose a reason" }),
  notes: OptionalNotesSchema,
});
export type MarkLostInput = z.input<typeof MarkLostSchema>;

/** `POST /referrals/{id}/close-as-error`. */
export const CloseAsErrorSchema = z.strictObject({
  reason: z.enum(CLOSE_AS_ERROR_REASONS, { error: "Choose a reason" }),
  notes: OptionalNotesSchema,
});
export type CloseAsErrorInput = z.input<typeof CloseAsErrorSchema>;

/** `POST /referrals/{id}/won`: no body fields. */
export const MarkWonSchema = z.strictObject({});

/** `POST /referrals/{id}/stage`: a sales stage, or an assessment stage (the machine decides which fits). */
export const MarkStageSchema = z.strictObject({
  stage: z.enum(MARKABLE_STAGES, { error: 'Choose a stage (to win the deal, use "mark won")' }),
});
export type MarkStageInput = z.input<typeof MarkStageSchema>;

/** `POST /referrals/{id}/provider-decision` (provider seller, §4.4). */
export const ProviderDecisionSchema = z.strictObject({
  decision: z.enum(["JOIN", "DECLINE"], { error: "Choose JOIN or DECLINE" }),
});
export type ProviderDecisionInput = z.input<typeof ProviderDecisionSchema>;

// ---------------------------------------------------------------------------------
// Invitations later (§4.1): POST /referrals/{id}/invitations

const InviteToDealObject = z.strictObject({
  provider: z.boolean().optional(),
  partners: PartnerInvitationsSchema.optional(),
});

function inviteIssues(v: Record<string, unknown>, teamEmails: readonly string[] | null, ctx?: ReferralSchemaContext): Issue[] {
  const issues: Issue[] = [];
  const partners = Array.isArray(v.partners) ? v.partners : [];
  if (v.provider !== true && partners.length === 0) {
    issues.push({ path: [], message: "Invite the provider, at least one partner, or both" });
  }
  issues.push(...partnerInvitationIssues(partners, teamEmails, ctx, ["partners"]));
  return issues;
}

export const InviteToDealSchema = InviteToDealObject.superRefine((v, ctx) => report(ctx, inviteIssues(v, null)), always);

/** With the deal's team emails (partner invitations name team members) and the catalogue. */
export function inviteToDealSchema(context: { teamEmails: readonly string[]; solutionKind?: ReferralSchemaContext["solutionKind"] }) {
  const ctx: ReferralSchemaContext = { locations: [], solutionKind: context.solutionKind };
  return InviteToDealObject.superRefine((v, c) => report(c, inviteIssues(v, context.teamEmails, ctx)), always);
}
export type InviteToDealInput = z.input<typeof InviteToDealSchema>;

// ---------------------------------------------------------------------------------
// Update (PATCH /referrals/{id})

const NEVER_EDITABLE_MESSAGES: Record<(typeof NEVER_EDITABLE_DEAL_FIELDS)[number], string> = {
  location: "The location cannot be changed after creation",
  customer: "The customer cannot be changed: close the deal as error (wrong customer) and create a new one",
  assessmentLocation: "The assessment's location is read-only after creation",
  program: "The program cannot be changed after creation",
  dealType: "The sale type changes only by an upgrade",
  direction: "The direction of a deal cannot be changed",
  status: "Use the deal's actions to change its status",
};

const updateShape = {
  version: z.number({ error: "Send the version you edited" }).int().nonnegative(),
  name: DealNameSchema.optional(),
  estimatedCloseDate: DateSchema.optional(),
  estimatedValue: PositiveMoneySchema.optional(),
  notes: NotesSchema.optional(),
  crmId: ExternalIdSchema,
  campaignId: ExternalIdSchema,
  team: TeamSchema.optional(),
  solutions: SolutionsSchema.optional(),
  marketplaceIntent: z.enum(MARKETPLACE_INTENTS, { error: "Choose YES, NO or UNDECIDED" }).optional().nullable(),
  partnerRole: z.enum(PARTNER_ROLES, { error: "Choose the partner role" }).optional().nullable(),
  solutionArea: ShortTextSchema,
  solutionPlay: ShortTextSchema,
  customerContact: CustomerContactSchema.optional().nullable(),
  // Present only to answer with a clear message at the field instead of "unrecognized key".
  location: z.unknown().optional(),
  customer: z.unknown().optional(),
  assessmentLocation: z.unknown().optional(),
  program: z.unknown().optional(),
  dealType: z.unknown().optional(),
  direction: z.unknown().optional(),
  status: z.unknown().optional(),
};

const UpdateDealObject = z.strictObject(updateShape);

function neverEditableIssues(v: Record<string, unknown>): Issue[] {
  return NEVER_EDITABLE_DEAL_FIELDS.filter((key) => key in v && v[key] !== undefined).map((key) => ({
    path: [key],
    message: NEVER_EDITABLE_MESSAGES[key],
  }));
}

/** `PATCH /referrals/{id}` without the deal: shape, per-field rules, never-editable keys refused. */
export const UpdateDealSchema = UpdateDealObject.superRefine((v, ctx) => report(ctx, neverEditableIssues(v)), always);
export type UpdateDealInput = z.input<typeof UpdateDealSchema>;
export type UpdateDeal = z.output<typeof UpdateDealSchema>;

/** The deal as the update rules see it. */
export type UpdatableDeal = { dealType: DealType; status: DealStatus; program: Program };

/**
 * `PATCH /referrals/{id}` for this deal: also refuses fields the deal does not allow to
 * change now (e.g. solutions of an assessment) and keeps the program's required fields
 * set. A closed deal is the machine's refusal (409), not a field error here.
 */
export function updateDealSchemaFor(deal: UpdatableDeal, context: Pick<ReferralSchemaContext, "solutionKind"> = {}) {
  const editable = new Set<string>(editableDealFields(deal));
  const open = editable.size > 0;
  return UpdateDealObject.superRefine((value, ctx) => {
    const v: Record<string, unknown> = value;
    const issues = neverEditableIssues(v);
    const add = (path: (string | number)[], message: string) => issues.push({ path, message });
    for (const key of Object.keys(v)) {
      if (key === "version" || v[key] === undefined || (NEVER_EDITABLE_DEAL_FIELDS as readonly string[]).includes(key)) continue;
      if (open && !editable.has(key)) {
        add(
          [key],
          key === "solutions" && deal.dealType === "SOLUTION_ASSESSMENT"
            ? "The assessment's solution is read-only after creation"
            : "This field cannot be changed now",
        );
      }
    }
    if (deal.program === "IP_CO_SELL") {
      if (Array.isArray(v.solutions) && v.solutions.length === 0) add(["solutions"], "Keep at least one solution for IP co-sell");
      if (v.marketplaceIntent === null) add(["marketplaceIntent"], "Choose the marketplace intent (YES, NO or UNDECIDED)");
    } else {
      if (v.partnerRole === null) add(["partnerRole"], "Choose your role for services co-sell");
      if ("solutionPlay" in v && v.solutionPlay !== undefined && !present(v.solutionPlay)) {
        add(["solutionPlay"], "Enter the solution play for services co-sell");
      }
      // marketplaceIntent on a services deal is refused by the editability check above
    }
    if (deal.dealType === "SOLUTION_ASSESSMENT") {
      if (v.customerContact === null) add(["customerContact"], "A solution assessment needs the customer contact");
      else if (isRecord(v.customerContact) && !present(v.customerContact.notes)) {
        add(["customerContact", "notes"], "Add notes for the provider's assessment specialist");
      }
    }
    if (Array.isArray(v.solutions) && deal.dealType !== "SOLUTION_ASSESSMENT") {
      issues.push(...solutionKindIssues(v.solutions, "SALES", { locations: [], ...context }, ["solutions"]));
    }
    report(ctx, issues);
  }, always);
}
