/**
 * Catalogues (api.md "Catalogues"): the customer directory and the solution catalogue,
 * read-only, keyset-paged by their natural order (customers by name; solutions by kind,
 * then name).
 */
import { z } from "zod";
import { CUSTOMER_MANAGEMENT, SOLUTION_KINDS } from "@/lib/domain/referral";
import { defineOperation } from "../operation";
import { pageQueryShape, pageSchema } from "../pagination";
import { IdSchema, QSchema, listQuery } from "./common";

const TAGS = ["Catalogues"] as const;

export const CustomerAccountSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    countryCode: z.string(),
    city: z.string(),
    postalCode: z.string().nullable(),
    management: z.enum(CUSTOMER_MANAGEMENT),
    duns: z.string().nullable(),
    federal: z.boolean().meta({ description: "A federal account: pick it, never type it in." }),
  })
  .meta({ id: "CustomerAccount" });

export const SolutionSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    kind: z.enum(SOLUTION_KINDS),
    publisherOrganizationId: IdSchema.nullable(),
    publisherName: z.string().nullable(),
    ipCoSellEligible: z.boolean(),
  })
  .meta({ id: "Solution" });

export const CustomerQuery = z.strictObject({
  q: QSchema.meta({ description: "Free text on the name." }),
  countryCode: z.string().optional().meta({ description: "ISO 3166-1 alpha-2 code." }),
  management: z.enum(CUSTOMER_MANAGEMENT).optional(),
  ...pageQueryShape,
});

export const listCustomers = defineOperation({
  operationId: "listCatalogCustomers",
  method: "GET",
  path: "/catalog/customers",
  summary: "Customer directory",
  description: "Accounts to name as a deal's `customer.accountId`, by name.",
  tags: TAGS,
  query: CustomerQuery,
  responses: { 200: { description: "A page of accounts.", schema: pageSchema(CustomerAccountSchema).meta({ id: "CustomerAccountPage" }) } },
  problems: [404],
});

export const SolutionQuery = z.strictObject({
  kind: listQuery(SOLUTION_KINDS).meta({
    description: "One or more kinds. OWN is the actor's organisation's own solutions unless `publisherOrganizationId` names another.",
  }),
  q: QSchema.meta({ description: "Free text on the name." }),
  publisherOrganizationId: IdSchema.optional(),
  ...pageQueryShape,
});

export const listSolutions = defineOperation({
  operationId: "listCatalogSolutions",
  method: "GET",
  path: "/catalog/solutions",
  summary: "Solution catalogue",
  description: "Solutions to name in a deal's `solutions`, by kind then name.",
  tags: TAGS,
  query: SolutionQuery,
  responses: { 200: { description: "A page of solutions.", schema: pageSchema(SolutionSchema).meta({ id: "SolutionPage" }) } },
  problems: [404],
});

export const catalogOperations = [listCustomers, listSolutions] as const;
