/**
 * What a partner may see of a provider referral before accepting it (domain.md §3). The
 * server passes every pending invitation through `pickPreAcceptanceFields` before it
 * leaves for the browser or the API: it is an allow-list, so a field that is not listed
 * here (customer address, contacts, marketing, DUNS, provider account id, ...) can never
 * reach the partner, whatever the loaded object holds.
 *
 * Paths follow the api.md opportunity JSON; `[]` maps over an array. Decisions:
 * - "next step" is `nextStep` (the current one) and the `text` of `nextSteps` entries;
 * - "lead source" is `leadSource`, "ownership" is `origin` (who originated the deal);
 * - "provider contacts" are `providerTeam` entries: role (to tell sales rep, account owner,
 *   PSM/ISM, PDM, WWPS PDM apart), name and email;
 * - the invitation's own envelope (id, status, sentAt, expiresAt) is not opportunity data
 *   and is added by the caller.
 */
export const PRE_ACCEPTANCE_FIELDS = [
  // customer
  "customer.companyName",
  "customer.websiteUrl",
  "customer.countryCode",
  "customer.postalCode",
  "customer.industry",
  // opportunity
  "opportunityType",
  "project.customerUseCase",
  "createdAt",
  "project.title",
  "project.customerBusinessProblem",
  "nextStep",
  "nextSteps[].text",
  "project.deliveryModels",
  "project.expectedMonthlyRevenue.amount",
  "project.expectedMonthlyRevenue.currency",
  "project.targetCloseDate",
  "leadSource",
  "origin",
  // provider contacts
  "providerTeam[].role",
  "providerTeam[].name",
  "providerTeam[].email",
] as const;
export type PreAcceptanceField = (typeof PRE_ACCEPTANCE_FIELDS)[number];

/** The shape `pickPreAcceptanceFields` returns (every key optional: absent stays absent). */
export type PreAcceptanceView = {
  customer?: {
    companyName?: unknown;
    websiteUrl?: unknown;
    countryCode?: unknown;
    postalCode?: unknown;
    industry?: unknown;
  };
  opportunityType?: unknown;
  createdAt?: unknown;
  nextStep?: unknown;
  nextSteps?: { text?: unknown }[];
  leadSource?: unknown;
  origin?: unknown;
  project?: {
    customerUseCase?: unknown;
    title?: unknown;
    customerBusinessProblem?: unknown;
    deliveryModels?: unknown;
    expectedMonthlyRevenue?: { amount?: unknown; currency?: unknown };
    targetCloseDate?: unknown;
  };
  providerTeam?: { role?: unknown; name?: unknown; email?: unknown }[];
};

type PathTree = { [segment: string]: PathTree | true };

/** `a.b`, `a[].c` → a nested tree; `[]` marks a segment whose value is an array to map over. */
function buildTree(paths: readonly string[]): PathTree {
  const tree: PathTree = {};
  for (const path of paths) {
    const segments = path.split(".");
    let node = tree;
    segments.forEach((segment, i) => {
      const last = i === segments.length - 1;
      if (last) node[segment] = true;
      else {
        const child = node[segment];
        node = child === undefined || child === true ? (node[segment] = {}) : child;
      }
    });
  }
  return tree;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * A leaf is copied only when it is a primitive, a Date, or an array of those: an object
 * found where a leaf is expected is dropped, so nothing nested can ride along.
 */
function copyLeaf(value: unknown): { keep: boolean; value?: unknown } {
  if (value === null || ["string", "number", "boolean", "bigint"].includes(typeof value)) return { keep: true, value };
  if (value instanceof Date) return { keep: true, value: new Date(value.getTime()) };
  if (Array.isArray(value)) {
    const items = value.filter((item) => item === null || ["string", "number", "boolean"].includes(typeof item));
    return { keep: true, value: items };
  }
  if (typeof value === "object" && value !== null && typeof (value as { toJSON?: unknown }).toJSON === "function") {
    // e.g. a decimal type: keep its JSON form, a primitive
    const json = (value as { toJSON: () => unknown }).toJSON();
    return typeof json === "string" || typeof json === "number" ? { keep: true, value: json } : { keep: false };
  }
  return { keep: false };
}

function pickTree(source: Record<string, unknown>, tree: PathTree): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [segment, sub] of Object.entries(tree)) {
    const isArray = segment.endsWith("[]");
    const key = isArray ? segment.slice(0, -2) : segment;
    if (!Object.prototype.hasOwnProperty.call(source, key)) continue;
    const value = source[key];
    if (value === undefined) continue;
    if (sub === true) {
      const leaf = copyLeaf(value);
      if (leaf.keep) out[key] = leaf.value;
    } else if (isArray) {
      if (Array.isArray(value)) out[key] = value.filter(isPlainObject).map((item) => pickTree(item, sub));
      else if (value === null) out[key] = null;
    } else if (isPlainObject(value)) {
      out[key] = pickTree(value, sub);
    } else if (value === null) {
      out[key] = null;
    }
  }
  return out;
}

const TREE = buildTree(PRE_ACCEPTANCE_FIELDS);

/**
 * A deep copy of only the pre-acceptance fields of `opportunity` (shaped like the api.md
 * opportunity JSON). Unknown or hidden keys are never copied; absent keys stay absent.
 */
export function pickPreAcceptanceFields(opportunity: unknown): PreAcceptanceView {
  if (!isPlainObject(opportunity)) return {};
  return pickTree(opportunity, TREE) as PreAcceptanceView;
}

/** True when a dotted field path (e.g. `customer.city`) is visible before acceptance. */
export function isPreAcceptanceField(path: string): boolean {
  const normalised = path.replace(/\.\d+(?=\.|$)/g, "[]");
  return (PRE_ACCEPTANCE_FIELDS as readonly string[]).some(
    (field) => field === normalised || field.startsWith(`${normalised}.`) || field.startsWith(`${normalised}[]`),
  );
}
