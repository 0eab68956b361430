/**
 * The customer directory (domain.md §4.1, api.md `GET /catalog/customers`): read-only for
 * partners, searched by name and country, split into the wizard's Managed / Unmanaged /
 * Other (DUNS) tabs.
 */
import { z } from "zod";
import { db, type Prisma } from "@/lib/db";
import type { Actor } from "@/lib/domain/actor";
import { CUSTOMER_MANAGEMENT, type CustomerManagement } from "@/lib/domain/referral";
import { hasPermission } from "@/lib/authz/policy";
import { NotFoundError } from "@/lib/errors";
import { parseInput } from "../validate";

export type CustomerAccountView = {
  id: string;
  name: string;
  countryCode: string;
  city: string;
  postalCode: string | null;
  management: CustomerManagement;
  duns: string | null;
  federal: boolean;
};

const CustomerSearchSchema = z.strictObject({
  q: z.string().trim().max(120).optional(),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Choose a country (ISO 3166-1 alpha-2 code)")
    .optional(),
  management: z.enum(CUSTOMER_MANAGEMENT).optional(),
  limit: z.number().int().min(1).max(201).optional(),
  /** Keyset position (the REST API's cursor): only accounts after this name and id. */
  after: z.strictObject({ name: z.string().max(1024), id: z.string().max(200) }).optional(),
});
export type CustomerSearch = z.input<typeof CustomerSearchSchema>;

const select = {
  id: true,
  name: true,
  countryCode: true,
  city: true,
  postalCode: true,
  management: true,
  duns: true,
  federal: true,
} satisfies Prisma.CustomerAccountSelect;

/** Who may search the catalogues: anyone who works with co-sell deals. */
export function assertCatalogAccess(actor: Actor) {
  if (!hasPermission(actor, "referral.view") && !hasPermission(actor, "referral.create")) throw new NotFoundError("Not found");
}

export async function searchCustomers(actor: Actor, input: CustomerSearch = {}): Promise<CustomerAccountView[]> {
  assertCatalogAccess(actor);
  const { q, countryCode, management, limit, after } = parseInput(CustomerSearchSchema, input);
  return db().customerAccount.findMany({
    where: {
      ...(q ? { name: { contains: q, mode: "insensitive" } } : {}),
      ...(countryCode ? { countryCode } : {}),
      ...(management ? { management } : {}),
      ...(after ? { OR: [{ name: { gt: after.name } }, { name: after.name, id: { gt: after.id } }] } : {}),
    },
    select,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: limit ?? 50,
  });
}

/** Counts per management tab for the same search (the wizard shows them on the tabs). */
export async function countCustomersByManagement(actor: Actor, input: Omit<CustomerSearch, "management" | "limit"> = {}) {
  assertCatalogAccess(actor);
  const { q, countryCode } = parseInput(CustomerSearchSchema, input);
  const groups = await db().customerAccount.groupBy({
    by: ["management"],
    where: { ...(q ? { name: { contains: q, mode: "insensitive" } } : {}), ...(countryCode ? { countryCode } : {}) },
    _count: { _all: true },
  });
  const counts: Record<CustomerManagement, number> = { MANAGED: 0, UNMANAGED: 0, OTHER: 0 };
  for (const g of groups) counts[g.management] = g._count._all;
  return counts;
}
