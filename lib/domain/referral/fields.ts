/**
 * Field-level zod schemas of co-sell deals, shared by the create/accept/update schemas.
 * Contact rules follow domain.md §2.1 ("everywhere"): names ≤ 80 per part (a single
 * `name` field holds first and last name: ≤ 160), email valid and ≤ 80, phone E.164
 * (`+` and up to 15 digits; spaces, dots, dashes and parentheses are tolerated as
 * separators, as in api.md's "+1 555 0100"), title ≤ 80.
 */
import { z } from "zod";
import { MoneyInputSchema } from "../money";

/** E.164 once separators are removed: "+", a non-zero digit, at most 15 digits in all. */
const E164 = /^\+[1-9]\d{1,14}$/;
export const normalizePhone = (phone: string) => phone.replace(/[\s().-]/g, "");
export const isE164Phone = (phone: string) => E164.test(normalizePhone(phone));

export const PersonNameSchema = z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(160, "At most 160 characters");

export const ContactEmailSchema = z
  .string({ error: "Enter an email address" })
  .trim()
  .min(1, "Enter an email address")
  .max(80, "At most 80 characters")
  .pipe(z.email("Enter a valid email address"));

export const PhoneSchema = z
  .string({ error: "Enter a phone number" })
  .trim()
  // `abort`: an empty phone is told once ("Enter a phone number"), not also "international format".
  .min(1, { error: "Enter a phone number", abort: true })
  .refine(isE164Phone, "Enter the phone number in international format, e.g. +49 30 1234567");

/** A deal-team member (§4.2 step 5): name, phone and email all required. */
export const TeamMemberSchema = z.strictObject({
  /** Optional link to a portal user ("recent members offered for quick add"). */
  userId: z.string().min(1).max(64).optional().nullable(),
  name: PersonNameSchema,
  phone: PhoneSchema,
  email: ContactEmailSchema,
});
export type TeamMemberInput = z.input<typeof TeamMemberSchema>;

export const MAX_TEAM_MEMBERS = 50;

/** At least one member, no email twice. */
export const TeamSchema = z
  .array(TeamMemberSchema, { error: "Add the deal team" })
  .min(1, "Add at least one team member")
  .max(MAX_TEAM_MEMBERS, `At most ${MAX_TEAM_MEMBERS} team members`)
  .superRefine((team, ctx) => {
    const seen = new Set<string>();
    team.forEach((member, index) => {
      if (typeof member?.email !== "string") return;
      const key = member.email.toLowerCase();
      if (seen.has(key)) {
        ctx.addIssue({ code: "custom", path: [index, "email"], message: "This person is already on the team" });
      }
      seen.add(key);
    });
  });

/** The customer contact (§4.2 step 2): giving one requires the customer's consent. */
export const CustomerContactSchema = z.strictObject({
  name: PersonNameSchema,
  phone: PhoneSchema,
  email: ContactEmailSchema,
  /** The customer consented to share the contact with the provider: must be true. */
  consent: z.literal(true, { error: "Confirm that the customer consented to share this contact with the provider" }),
  /** Notes for the provider's assessment specialist (required for solution assessments). */
  notes: z.string().trim().max(2000, "At most 2000 characters").optional().nullable(),
});
export type CustomerContactInput = z.input<typeof CustomerContactSchema>;

/** A calendar date `YYYY-MM-DD`. */
export const DateSchema = z.iso.date({ error: "Enter a date as YYYY-MM-DD" });

/** Money (api.md shape), parsed to minor units by ../money, strictly positive. */
export const PositiveMoneySchema = MoneyInputSchema.refine((money) => money.amountMinor > 0, {
  message: "Enter an amount greater than 0",
  path: ["amount"],
});

export const DealNameSchema = z.string({ error: "Enter a name" }).trim().min(1, "Enter a name").max(255, "At most 255 characters");
export const NotesSchema = z.string({ error: "Enter notes" }).trim().min(1, "Enter notes").max(2000, "At most 2000 characters");
export const OptionalNotesSchema = z.string().trim().max(2000, "At most 2000 characters").optional().nullable();
export const ExternalIdSchema = z.string().trim().max(64, "At most 64 characters").optional().nullable();
export const ShortTextSchema = z.string().trim().max(255, "At most 255 characters").optional().nullable();

/** A location code, e.g. `US` (checked against the organisation's locations by the schema factories). */
export const LocationSchema = z
  .string({ error: "Choose a location" })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, "Choose a location");

/** A solution picked from the catalogue. */
export const SolutionRefSchema = z.strictObject({
  solutionId: z.string({ error: "Choose a solution" }).min(1, "Choose a solution").max(64),
});

export const MAX_SOLUTIONS = 20;

export const SolutionsSchema = z
  .array(SolutionRefSchema)
  .max(MAX_SOLUTIONS, `At most ${MAX_SOLUTIONS} solutions`)
  .superRefine((solutions, ctx) => {
    const seen = new Set<string>();
    solutions.forEach((s, index) => {
      if (typeof s?.solutionId !== "string") return;
      if (seen.has(s.solutionId)) {
        ctx.addIssue({ code: "custom", path: [index, "solutionId"], message: "This solution is already on the deal" });
      }
      seen.add(s.solutionId);
    });
  });

/** The "what help do you need from the provider?" answer: `"NONE"` or what is wanted. */
export const HelpFromProviderSchema = z.union(
  [
    z.literal("NONE"),
    z
      .array(z.string().trim().min(1, "Describe the help").max(255, "At most 255 characters"))
      .min(1, 'Say what help you need, or answer "NONE"')
      .max(10, "At most 10 kinds of help"),
  ],
  { error: 'Answer "NONE" or list the help you need from the provider' },
);
