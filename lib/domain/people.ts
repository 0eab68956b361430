/**
 * Validation of people administration (organisations, users, roles, connections):
 * shared by server actions, REST handlers and tests.
 */
import { z } from "zod";
import { ACE_ROLES, GLOBAL_SCOPE, ORGANIZATION_KINDS, PROVIDER_ROLES, REFERRAL_ROLES, USER_STATUSES } from "./roles";

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const LocationCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Use a two-letter country code, e.g. US");

export const OrganizationInputSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name").max(120, "At most 120 characters"),
    kind: z.enum(ORGANIZATION_KINDS).default("PARTNER"),
    timeZone: z.string().trim().refine(isTimeZone, "Choose a valid time zone, e.g. Europe/Berlin"),
    locations: z.array(LocationCodeSchema).max(50).default([]),
    solutionAssessmentApproved: z.boolean().default(false),
    trainingPartner: z.boolean().default(false),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (new Set(o.locations).size !== o.locations.length)
      ctx.addIssue({ code: "custom", path: ["locations"], message: "Each location only once" });
    if (o.kind === "PARTNER" && o.locations.length === 0)
      ctx.addIssue({ code: "custom", path: ["locations"], message: "A partner needs at least one location" });
  });
export type OrganizationInput = z.infer<typeof OrganizationInputSchema>;

export const OrganizationUpdateSchema = z
  .object({
    name: z.string().trim().min(1, "Enter a name").max(120, "At most 120 characters").optional(),
    timeZone: z.string().trim().refine(isTimeZone, "Choose a valid time zone, e.g. Europe/Berlin").optional(),
    locations: z
      .array(LocationCodeSchema)
      .max(50)
      .refine((l) => new Set(l).size === l.length, "Each location only once")
      .optional(),
    solutionAssessmentApproved: z.boolean().optional(),
    trainingPartner: z.boolean().optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type OrganizationUpdate = z.infer<typeof OrganizationUpdateSchema>;

export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address")
  .max(254, "At most 254 characters")
  .email("Enter a valid email address");

export const PasswordSchema = z.string().min(12, "At least 12 characters").max(256, "At most 256 characters");

const RolesShape = {
  aceRole: z.enum(ACE_ROLES).nullable(),
  referralRole: z.enum(REFERRAL_ROLES).nullable(),
  locationScope: z.string().trim().toUpperCase().nullable(),
  providerRole: z.enum(PROVIDER_ROLES).nullable(),
};

export const UserCreateSchema = z
  .object({
    organizationId: z.string().min(1, "Choose an organisation"),
    email: EmailSchema,
    name: z.string().trim().min(1, "Enter a name").max(80, "At most 80 characters"),
    password: PasswordSchema,
    aceRole: RolesShape.aceRole.default(null),
    referralRole: RolesShape.referralRole.default(null),
    locationScope: RolesShape.locationScope.default(null),
    providerRole: RolesShape.providerRole.default(null),
  })
  .strict();
export type UserCreate = z.infer<typeof UserCreateSchema>;

export const UserRolesUpdateSchema = z
  .object({
    aceRole: RolesShape.aceRole.optional(),
    referralRole: RolesShape.referralRole.optional(),
    locationScope: RolesShape.locationScope.optional(),
    providerRole: RolesShape.providerRole.optional(),
    version: z.number().int().min(1),
  })
  .strict();
export type UserRolesUpdate = z.infer<typeof UserRolesUpdateSchema>;

export const UserStatusUpdateSchema = z.object({ status: z.enum(USER_STATUSES), version: z.number().int().min(1) }).strict();

/**
 * Cross-field rules of a user's roles against their organisation (§1): partner users hold at
 * most one ACE and one referral role and no provider role; provider users hold a provider
 * role only; a referral user's scope is GLOBAL or one of the organisation's locations.
 * Returns per-field errors (empty when valid).
 */
export function roleRuleErrors(
  roles: { aceRole: string | null; referralRole: string | null; locationScope: string | null; providerRole: string | null },
  org: { kind: "PARTNER" | "PROVIDER"; locations: string[] },
): { path: string; message: string }[] {
  const errors: { path: string; message: string }[] = [];
  if (org.kind === "PARTNER") {
    if (roles.providerRole) errors.push({ path: "providerRole", message: "Partner users cannot hold a provider role" });
    if (roles.referralRole === "REFERRAL_USER") {
      const scope = roles.locationScope;
      if (!scope) errors.push({ path: "locationScope", message: "Choose GLOBAL or one of the organisation's locations" });
      else if (scope !== GLOBAL_SCOPE && !org.locations.includes(scope))
        errors.push({ path: "locationScope", message: `Must be GLOBAL or one of: ${org.locations.join(", ")}` });
    }
  } else {
    if (roles.aceRole) errors.push({ path: "aceRole", message: "Provider users cannot hold an ACE role" });
    if (roles.referralRole) errors.push({ path: "referralRole", message: "Provider users cannot hold a referral role" });
    if (!roles.providerRole) errors.push({ path: "providerRole", message: "Choose a provider role" });
  }
  return errors;
}

export const ConnectionRequestSchema = z.object({ addresseeOrganizationId: z.string().min(1, "Choose a partner") }).strict();
