/**
 * What the provider side writes on an opportunity (domain.md §2.1 People, §2.7). These
 * fields never change the partner's `stage` or `targetCloseDate`, and partner edits never
 * change them; only a PROVIDER_SELLER or PROVIDER_ADMIN writes them (lib/authz).
 */
import { z } from "zod";
import { PROVIDER_TEAM_ROLES } from "./picklists";
import { MESSAGES, dateOnly, email, text } from "./field-kinds";

/**
 * `PATCH /opportunities/{id}/provider-fields` without `version`: `providerStage` (free text,
 * see PROVIDER_STAGE_SUGGESTIONS), `providerCloseDate`, `providerClosedLostReason` (free
 * text ≤ 255). A blank or null value clears the field.
 */
export const ProviderFieldsSchema = z.strictObject({
  providerStage: text({ max: 255 }),
  providerCloseDate: dateOnly(),
  providerClosedLostReason: text({ max: 255 }),
});
export type ProviderFields = z.output<typeof ProviderFieldsSchema>;

/** One entry of the provider team (Contacts tab once approved): role, name and email, all required. */
export const ProviderTeamMemberSchema = z
  .strictObject({
    role: z.enum(PROVIDER_TEAM_ROLES, { error: "Choose a provider team role from the list" }),
    name: text({ max: 160 }),
    email: email(),
  })
  .superRefine(
    (value, refinement) => {
      if (value === null || typeof value !== "object") return;
      for (const key of ["name", "email"] as const) {
        if (value[key] === undefined) {
          refinement.addIssue({ code: "custom", path: [key], message: MESSAGES.required, input: value[key] });
        }
      }
    },
    { when: () => true }, // report missing parts together with other errors
  );
export type ProviderTeamMember = z.output<typeof ProviderTeamMemberSchema>;
