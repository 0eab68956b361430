/**
 * The body of "refer a deal" (`POST /opportunity-invitations`): the envelope
 * (`partnerOrganizationId`, optional `recipientUserId`, the provider's `nextStep`,
 * `leadSource` and `providerTeam`) beside the opportunity fields, which are validated with
 * the opportunity domain's submission schema in the partner organisation's context (its
 * "today" and training-partner rule): an accepted referral becomes an APPROVED opportunity,
 * so it must be complete. Fields the partner owns (owner, partner CRM id, partner sales
 * contact, parent opportunity) are refused: the partner sets them after accepting.
 */
import { z } from "zod";
import { NextStepSchema, ProviderTeamMemberSchema, validateOpportunity, type FieldError, type RuleContext } from "@/lib/domain/opportunity";
import { ValidationError } from "@/lib/errors";
import { dedupeErrors } from "../opportunities/shared";

export const MAX_REFERRAL_TEAM = 20;

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `Enter the ${label} as text` })
    .trim()
    .max(max, `At most ${max} characters`)
    .nullish()
    .transform((v) => (v ? v : undefined));

/** The envelope of a referral body (also documents `POST /opportunity-invitations` in OpenAPI). */
export const ReferralEnvelopeSchema = z.strictObject({
  partnerOrganizationId: z
    .string({ error: "Choose a partner organisation" })
    .trim()
    .min(1, "Choose a partner organisation")
    .max(64, "Choose a partner organisation"),
  recipientUserId: z
    .string({ error: "Choose a user of the partner organisation" })
    .trim()
    .max(64, "Choose a user of the partner organisation")
    .nullish()
    .transform((v) => (v ? v : null)),
  nextStep: z
    .string()
    .nullish()
    .transform((v, ctx) => {
      if (v === null || v === undefined || v.trim() === "") return undefined;
      const parsed = NextStepSchema.shape.text.safeParse(v);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "Invalid next step" });
        return z.NEVER;
      }
      return parsed.data;
    }),
  leadSource: optionalText(80, "lead source"),
  providerTeam: z
    .array(ProviderTeamMemberSchema, { error: "Enter the provider team as a list" })
    .max(MAX_REFERRAL_TEAM, `At most ${MAX_REFERRAL_TEAM} members`)
    .optional(),
});
export type ReferralEnvelope = z.output<typeof ReferralEnvelopeSchema>;

const ENVELOPE_KEYS = Object.keys(ReferralEnvelopeSchema.shape);
/** Opportunity fields the partner owns: not part of a referral. */
export const PARTNER_ONLY_FIELDS = ["ownerId", "partnerCrmId", "partnerSalesContact", "parentOpportunityId"] as const;

const issuePath = (path: readonly PropertyKey[]) => path.map(String).join(".");

/** Splits and validates a referral body; every broken field is reported at once (dotted paths). */
export function parseReferralInput(input: unknown, ctx: RuleContext) {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    throw new ValidationError([{ path: "(body)", message: "Enter the referral as a JSON object" }]);
  }
  const body = input as Record<string, unknown>;
  const envelopeInput: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) (ENVELOPE_KEYS.includes(key) ? envelopeInput : fields)[key] = value;

  const errors: FieldError[] = [];
  for (const key of PARTNER_ONLY_FIELDS) {
    if (key in fields) {
      errors.push({ path: key, message: "The partner sets this after accepting the referral" });
      delete fields[key];
    }
  }
  const envelope = ReferralEnvelopeSchema.safeParse(envelopeInput);
  if (!envelope.success) errors.push(...envelope.error.issues.map((i) => ({ path: issuePath(i.path), message: i.message })));
  const opportunity = validateOpportunity("submission", fields, ctx);
  errors.push(...opportunity.errors);
  if (errors.length > 0 || !envelope.success || !opportunity.success) throw new ValidationError(dedupeErrors(errors));
  return { envelope: envelope.data, fields: opportunity.data };
}

/** The envelope's `partnerOrganizationId` alone (to load the partner's context before validating). */
export function partnerIdOf(input: unknown): string | null {
  if (input === null || typeof input !== "object") return null;
  const id = (input as Record<string, unknown>).partnerOrganizationId;
  return typeof id === "string" && id.trim().length > 0 && id.length <= 64 ? id.trim() : null;
}
