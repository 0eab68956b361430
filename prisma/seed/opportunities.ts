/**
 * The sample ACE pipeline of shared/spec/demo-data.md: about 60 opportunities for Acme over
 * every review status and sales stage (owned by different users; ACTION_REQUIRED ones with
 * the validator's comment; approved ones with next steps, provider-side fields and a
 * provider team with Sam Seller), and a few for Bolt.
 *
 * Bodies are built in the client shape and parsed with the domain's own schemas, so every
 * stored body is what the services would have stored. Rows are written with createMany
 * (stable ids from `demoId`); rows that already exist are left alone, so a second run
 * changes nothing. Dates are relative to the day the seed first runs.
 */
import type { Db } from "@/lib/db";
import { Prisma } from "@/lib/db";
import {
  CLOSED_LOST_REASONS,
  todayInTimeZone,
  validateOpportunity,
  type OpportunityData,
  type ReviewStatus,
  type SalesStage,
} from "@/lib/domain/opportunity";
import { demoId } from "./ids";
import { DEMO_ORGS, orgId, userId } from "./people";

/** The partner sales contact defaults to the owner (as createOpportunity does). */
function salesContact(email: string) {
  const user = DEMO_ORGS.flatMap((o) => o.users).find((u) => u.email === email)!;
  const [firstName, ...rest] = user.name.split(" ");
  return { firstName, lastName: rest.join(" ") || firstName, email };
}

const DAY = 86_400_000;

/** A small deterministic PRNG (mulberry32): the same demo data on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)],
  };
}

type Customer = {
  companyName: string;
  websiteUrl: string;
  industry: string;
  countryCode: string;
  postalCode: string;
  stateOrRegion?: string;
  city: string;
  streetAddress: string;
  currency: string;
};

export const DEMO_CUSTOMERS: Customer[] = [
  { companyName: "Globex Retail GmbH", websiteUrl: "https://globex.example", industry: "Retail", countryCode: "DE", postalCode: "10115", stateOrRegion: "Berlin", city: "Berlin", streetAddress: "Invalidenstrasse 1", currency: "EUR" },
  { companyName: "Initech Payroll Inc.", websiteUrl: "https://initech.example", industry: "Software and Internet", countryCode: "US", postalCode: "78701", stateOrRegion: "TX", city: "Austin", streetAddress: "500 Congress Ave", currency: "USD" },
  { companyName: "Umbrella Health Systems", websiteUrl: "https://umbrella-health.example", industry: "Healthcare", countryCode: "US", postalCode: "02115", stateOrRegion: "MA", city: "Boston", streetAddress: "75 Francis St", currency: "USD" },
  { companyName: "Stark Mobility AG", websiteUrl: "stark-mobility.example", industry: "Automotive", countryCode: "DE", postalCode: "80331", stateOrRegion: "Bayern", city: "München", streetAddress: "Marienplatz 8", currency: "EUR" },
  { companyName: "Wayne Logistics LLC", websiteUrl: "https://wayne-logistics.example", industry: "Transportation and Logistics", countryCode: "US", postalCode: "60606", stateOrRegion: "IL", city: "Chicago", streetAddress: "233 S Wacker Dr", currency: "USD" },
  { companyName: "Hooli Media Ltd", websiteUrl: "https://hooli-media.example", industry: "Media and Entertainment", countryCode: "GB", postalCode: "EC2A 4BX", stateOrRegion: "London", city: "London", streetAddress: "1 Finsbury Ave", currency: "GBP" },
  { companyName: "Cyberdyne Fertigung GmbH", websiteUrl: "https://cyberdyne-fertigung.example", industry: "Manufacturing", countryCode: "DE", postalCode: "70173", stateOrRegion: "Baden-Württemberg", city: "Stuttgart", streetAddress: "Königstraße 20", currency: "EUR" },
  { companyName: "Soylent Foods Corp.", websiteUrl: "https://soylent-foods.example", industry: "Consumer Goods", countryCode: "US", postalCode: "97204", stateOrRegion: "OR", city: "Portland", streetAddress: "1120 SW 5th Ave", currency: "USD" },
  { companyName: "Tyrell Energie SE", websiteUrl: "https://tyrell-energie.example", industry: "Energy - Power and Utilities", countryCode: "DE", postalCode: "45127", stateOrRegion: "Nordrhein-Westfalen", city: "Essen", streetAddress: "Huyssenallee 2", currency: "EUR" },
  { companyName: "Nakatomi Trading KK", websiteUrl: "https://nakatomi.example", industry: "Wholesale and Distribution", countryCode: "JP", postalCode: "100-0005", stateOrRegion: "Tokyo", city: "Chiyoda", streetAddress: "1-1 Marunouchi", currency: "JPY" },
  { companyName: "Oscorp Life Sciences", websiteUrl: "https://oscorp-ls.example", industry: "Life Sciences", countryCode: "US", postalCode: "10001", stateOrRegion: "NY", city: "New York", streetAddress: "350 5th Ave", currency: "USD" },
  { companyName: "Massive Dynamic Bank", websiteUrl: "https://massive-bank.example", industry: "Financial Services", countryCode: "US", postalCode: "10005", stateOrRegion: "NY", city: "New York", streetAddress: "40 Wall St", currency: "USD" },
  { companyName: "Vandelay Industries", websiteUrl: "https://vandelay.example", industry: "Real Estate and Construction", countryCode: "US", postalCode: "07030", stateOrRegion: "NJ", city: "Hoboken", streetAddress: "100 Washington St", currency: "USD" },
  { companyName: "Northwind Traders Canada", websiteUrl: "https://northwind.example", industry: "Retail", countryCode: "CA", postalCode: "M5V 2T6", stateOrRegion: "ON", city: "Toronto", streetAddress: "290 Bremner Blvd", currency: "CAD" },
  { companyName: "Contoso Hotels Europe", websiteUrl: "https://contoso-hotels.example", industry: "Hospitality", countryCode: "DE", postalCode: "60311", stateOrRegion: "Hessen", city: "Frankfurt am Main", streetAddress: "Kaiserstraße 5", currency: "EUR" },
  { companyName: "Gringotts Assurance plc", websiteUrl: "https://gringotts.example", industry: "Financial Services", countryCode: "GB", postalCode: "SW1A 1AA", stateOrRegion: "London", city: "London", streetAddress: "10 Downing Lane", currency: "GBP" },
  { companyName: "Acme Telecom Nord", websiteUrl: "https://telecom-nord.example", industry: "Telecommunications", countryCode: "DE", postalCode: "20095", stateOrRegion: "Hamburg", city: "Hamburg", streetAddress: "Jungfernstieg 10", currency: "EUR" },
  { companyName: "Pied Piper Compression", websiteUrl: "https://piedpiper.example", industry: "Software and Internet", countryCode: "US", postalCode: "94301", stateOrRegion: "CA", city: "Palo Alto", streetAddress: "5230 Newell Rd", currency: "USD" },
  { companyName: "State University of Example", websiteUrl: "https://state-university.example", industry: "Education", countryCode: "US", postalCode: "48109", stateOrRegion: "MI", city: "Ann Arbor", streetAddress: "500 S State St", currency: "USD" },
  { companyName: "City of Springfield", websiteUrl: "https://springfield-city.example", industry: "Government", countryCode: "US", postalCode: "62701", stateOrRegion: "IL", city: "Springfield", streetAddress: "300 S 7th St", currency: "USD" },
];

const PROJECTS: { title: string; problem: string; useCase: string; models: string[] }[] = [
  { title: "Data lake modernisation", problem: "Reporting runs overnight on an on-premises warehouse and misses the morning trading window.", useCase: "Big Data: Data Warehouse/Data Integration/ETL/Data Lake/BI", models: ["Professional Services"] },
  { title: "SAP migration to the cloud", problem: "The SAP ECC hardware reaches end of support next year and the licence renewal is expensive.", useCase: "SAP", models: ["Professional Services", "Managed Services"] },
  { title: "Contact centre replacement", problem: "Call volumes doubled and the legacy telephony platform cannot scale for seasonal peaks.", useCase: "Business Applications & Contact Center", models: ["SaaS or PaaS"] },
  { title: "Demand forecasting with ML", problem: "Stores overstock perishable goods because forecasts are made by hand in spreadsheets.", useCase: "AI Machine Learning and Analytics", models: ["SaaS or PaaS", "Professional Services"] },
  { title: "Backup and disaster recovery", problem: "Backups are on tape in one data centre; an outage would stop operations for days.", useCase: "Storage & Backup", models: ["Managed Services"] },
  { title: "Container platform rollout", problem: "Release cycles take six weeks because every team runs its own virtual machines by hand.", useCase: "Containers & Serverless", models: ["Professional Services"] },
  { title: "Database migration off Oracle", problem: "Oracle licence costs grow every year and the team wants managed open-source databases.", useCase: "Migration/Database Migration", models: ["Professional Services", "Resell"] },
  { title: "Observability for the web shop", problem: "Checkout errors are noticed by customers before operations sees them in any dashboard.", useCase: "Monitoring & Observability", models: ["SaaS or PaaS"] },
  { title: "Security posture programme", problem: "Auditors found inconsistent access controls across forty accounts and no central logging.", useCase: "Security & Compliance", models: ["Managed Services", "Professional Services"] },
  { title: "IoT fleet telemetry", problem: "Vehicle sensors report over SMS and the data arrives hours late and incomplete.", useCase: "IOT", models: ["SaaS or PaaS"] },
  { title: "VMware exit", problem: "The virtualisation contract renewal triples in price and the data centre lease ends soon.", useCase: "VMWare", models: ["Professional Services", "Managed Services"] },
  { title: "Genomics pipeline on HPC", problem: "Sequencing jobs queue for days on a shared cluster that cannot burst for new studies.", useCase: "High Performance Computing", models: ["BYOL or AMI"] },
];

const COMPETITORS = ["Microsoft Azure", "Google Cloud Platform", "On-Prem", "No Competition", "Oracle Cloud"] as const;
const NEEDS = [
  "Co-Sell - Architectural Validation",
  "Co-Sell - Business Presentation",
  "Co-Sell - Pricing Assistance",
  "Co-Sell - Technical Consultation",
  "Co-Sell - Deal Support",
] as const;
const ACTIVITIES = [
  "Initialized discussions with customer",
  "Customer has shown interest in solution",
  "Conducted POC / Demo",
  "In evaluation / planning stage",
  "Agreed on solution to Business Problem",
  "Completed Action Plan",
] as const;
const CONTACTS = [
  ["Greta", "Gruber", "CTO"],
  ["Marcus", "Lee", "VP Engineering"],
  ["Priya", "Natarajan", "Head of Data"],
  ["Jonas", "Weber", "IT Director"],
  ["Akiko", "Sato", "CIO"],
  ["Daniel", "Okafor", "Chief Architect"],
] as const;
const ACTION_REQUIRED_COMMENTS = [
  "The postal code does not match the city. Please correct the customer address.",
  "Please describe the customer's business problem in more detail: what fails today, and for whom?",
  "The website does not resolve. Please provide the customer's public website.",
  "The expected monthly revenue looks too high for this use case. Please confirm the figure.",
  "The target close date is in the past in your CRM export. Please update it.",
];
const REJECT_COMMENTS = [
  "Duplicate of an opportunity another partner registered for the same customer and project.",
  "The customer is an existing provider account with this workload already in production.",
  "Not eligible: the opportunity is a reseller transaction without partner services.",
];
const NEXT_STEPS = [
  "Architecture workshop with the customer's platform team scheduled.",
  "Send the pricing proposal to procurement.",
  "Proof of concept kicked off; success criteria agreed.",
  "Executive briefing with the CIO booked for next week.",
  "Waiting for the security review questionnaire from the customer.",
  "Statement of work in legal review.",
];

type Plan = { status: ReviewStatus; stage: SalesStage };

/** Acme's 60: every status; approved ones over every stage (terminal ones included). */
function acmePlans(): Plan[] {
  const plans: Plan[] = [];
  const add = (status: ReviewStatus, stages: SalesStage[]) => stages.forEach((stage) => plans.push({ status, stage }));
  add("DRAFT", ["PROSPECT", "PROSPECT", "QUALIFIED", "QUALIFIED", "TECHNICAL_VALIDATION", "PROSPECT", "QUALIFIED", "BUSINESS_VALIDATION"]);
  add("SUBMITTED", ["QUALIFIED", "QUALIFIED", "PROSPECT", "TECHNICAL_VALIDATION", "QUALIFIED", "BUSINESS_VALIDATION", "QUALIFIED"]);
  add("IN_REVIEW", ["QUALIFIED", "TECHNICAL_VALIDATION", "QUALIFIED", "PROSPECT", "COMMITTED"]);
  add("ACTION_REQUIRED", ["QUALIFIED", "PROSPECT", "TECHNICAL_VALIDATION", "QUALIFIED", "BUSINESS_VALIDATION", "QUALIFIED"]);
  add("APPROVED", [
    "PROSPECT", "QUALIFIED", "QUALIFIED", "QUALIFIED", "TECHNICAL_VALIDATION", "TECHNICAL_VALIDATION", "TECHNICAL_VALIDATION",
    "BUSINESS_VALIDATION", "BUSINESS_VALIDATION", "BUSINESS_VALIDATION", "COMMITTED", "COMMITTED", "COMMITTED", "COMMITTED",
    "LAUNCHED", "LAUNCHED", "LAUNCHED", "LAUNCHED", "CLOSED_LOST", "CLOSED_LOST", "CLOSED_LOST", "QUALIFIED", "COMMITTED", "PROSPECT",
  ]);
  add("REJECTED", ["QUALIFIED", "PROSPECT", "QUALIFIED", "TECHNICAL_VALIDATION", "PROSPECT", "QUALIFIED"]);
  return plans;
}

const BOLT_PLANS: Plan[] = [
  { status: "DRAFT", stage: "PROSPECT" },
  { status: "SUBMITTED", stage: "QUALIFIED" },
  { status: "ACTION_REQUIRED", stage: "QUALIFIED" },
  { status: "APPROVED", stage: "TECHNICAL_VALIDATION" },
  { status: "APPROVED", stage: "LAUNCHED" },
];

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dbDate = (date: string) => new Date(`${date}T00:00:00.000Z`);

type Built = {
  opportunity: Prisma.OpportunityCreateManyInput;
  reviewComments: Prisma.ReviewCommentCreateManyInput[];
  nextSteps: Prisma.NextStepCreateManyInput[];
  team: Prisma.ProviderTeamMemberCreateManyInput[];
  history: Prisma.HistoryEntryCreateManyInput[];
};

type OrgSpec = {
  key: "acme" | "bolt";
  timeZone: string;
  trainingPartner: boolean;
  owners: string[];
  plans: Plan[];
};

function build(spec: OrgSpec, index: number, plan: Plan, now: number): Built {
  const rnd = prng(index * 7919 + (spec.key === "acme" ? 1 : 2));
  const key = `opportunity:${spec.key}:${index}`;
  const id = demoId(key);
  const organizationId = orgId(spec.key);
  const customer = DEMO_CUSTOMERS[(index * 7 + (spec.key === "bolt" ? 3 : 0)) % DEMO_CUSTOMERS.length];
  const project = PROJECTS[(index * 5) % PROJECTS.length];
  const ownerEmail = spec.owners[index % spec.owners.length];
  const ownerId = userId(ownerEmail);
  // Every seventh is entered by the alliance lead on behalf of its owner.
  const createdById = index % 7 === 3 ? userId(spec.owners[0]) : ownerId;
  const validator = userId("validator@nimbus.example");
  const seller = userId("seller@nimbus.example");
  const terminal = plan.stage === "LAUNCHED" || plan.stage === "CLOSED_LOST";

  const createdAt = now - rnd.int(20, 150) * DAY - rnd.int(0, 8 * 3600) * 1000;
  const submittedAt = plan.status === "DRAFT" ? null : createdAt + rnd.int(1, 6) * DAY;
  const reviewedAt = submittedAt === null ? null : Math.min(now - 3600_000, submittedAt + rnd.int(1, 5) * DAY);
  const closeDate = terminal ? isoDate(now - rnd.int(2, 15) * DAY) : undefined;
  const targetCloseDate = isoDate(now + rnd.int(20, 270) * DAY);
  const [first, last, title] = CONTACTS[index % CONTACTS.length];
  const domain = customer.websiteUrl.replace(/^https?:\/\//, "");
  const amount = String(rnd.int(15, 900) * 100);
  const currency = spec.key === "acme" ? customer.currency : "USD";
  const coSell = index % 3 !== 2;
  const marketing = index % 4 === 0
    ? { source: "MARKETING_ACTIVITY", fundingUsed: index % 8 === 0 ? "YES" : "NO", campaignName: "Cloud Migration Days", channels: ["Live Event", "Email"], ...(index % 8 === 0 ? { useCases: ["Migration & Transfer"] } : {}) }
    : { source: "NONE" };
  const competitor = rnd.pick(COMPETITORS);
  const isDraftIncomplete = plan.status === "DRAFT" && index % 2 === 0;

  const input: Record<string, unknown> = {
    customer: {
      companyName: customer.companyName,
      websiteUrl: customer.websiteUrl,
      industry: customer.industry,
      countryCode: customer.countryCode,
      postalCode: customer.postalCode,
      stateOrRegion: customer.stateOrRegion,
      city: customer.city,
      streetAddress: customer.streetAddress,
      ...(index % 3 === 0 ? { duns: String(100_000_000 + index * 7_654_321).slice(0, 9) } : {}),
    },
    ...(customer.industry === "Government" ? { nationalSecurity: "NO" } : {}),
    project: {
      title: project.title,
      customerBusinessProblem: project.problem,
      customerUseCase: spec.trainingPartner ? "Training" : project.useCase,
      deliveryModels: project.models,
      expectedMonthlyRevenue: { amount, currency },
      targetCloseDate,
      salesActivities: ACTIVITIES.slice(0, 1 + (index % ACTIVITIES.length)),
      competitor,
      ...(index % 5 === 0 ? { additionalComments: "Customer prefers a phased rollout starting with one region." } : {}),
    },
    opportunityType: index % 6 === 5 ? "EXPANSION" : "NET_NEW_BUSINESS",
    stage: plan.stage,
    coSellWithProvider: coSell ? "YES" : "NO",
    ...(coSell ? { primaryNeedsFromProvider: [NEEDS[index % NEEDS.length], NEEDS[(index + 2) % NEEDS.length]] } : {}),
    marketing,
    ...(index % 2 === 1 ? { partnerCrmId: `SF-${spec.key.toUpperCase()}-${String(10_000 + index)}` } : {}),
    ownerId,
    partnerSalesContact: salesContact(ownerEmail),
    customerContact: { firstName: first, lastName: last, email: `${first.toLowerCase()}.${last.toLowerCase()}@${domain}`, phone: `+1 555 01${String(index).padStart(2, "0")}`, title },
    ...(terminal && index % 2 === 0 ? { providerAccountId: String(100_000_000_000 + index * 1_234_567) } : {}),
  };
  if (isDraftIncomplete) {
    delete (input.project as Record<string, unknown>).expectedMonthlyRevenue;
    delete input.opportunityType;
    delete input.coSellWithProvider;
    delete input.primaryNeedsFromProvider;
    delete input.marketing;
  }
  // The body as it was when submitted (target date then in the future; terminal stages are
  // reached after approval, so the submitted stage was an open one).
  const ctx = { today: todayInTimeZone(spec.timeZone, new Date(now)), trainingPartner: spec.trainingPartner };
  const mode = plan.status === "DRAFT" ? "draft" : "submission";
  const checked = validateOpportunity(mode, terminal ? { ...input, stage: "COMMITTED" } : input, ctx);
  if (!checked.success) throw new Error(`demo opportunity ${key} is invalid: ${JSON.stringify(checked.errors)}`);
  const data: OpportunityData = { ...checked.data, stage: plan.stage };

  const reviewComments: Prisma.ReviewCommentCreateManyInput[] = [];
  const history: Prisma.HistoryEntryCreateManyInput[] = [];
  const nextSteps: Prisma.NextStepCreateManyInput[] = [];
  const team: Prisma.ProviderTeamMemberCreateManyInput[] = [];
  const hist = (n: number, at: number, actorId: string, action: string, changes: { field: string; from: unknown; to: unknown }[]) =>
    history.push({ id: demoId(`${key}:history:${n}`), entityType: "OPPORTUNITY", entityId: id, organizationId, actorId, action, changes: changes as Prisma.InputJsonValue, at: new Date(at) });
  hist(0, createdAt, createdById, "created", [{ field: "status", from: null, to: "DRAFT" }]);
  if (submittedAt !== null) hist(1, submittedAt, ownerId, "submitted", [{ field: "status", from: "DRAFT", to: "SUBMITTED" }]);
  const decide = (decision: string, to: ReviewStatus, comment: string) => {
    reviewComments.push({ id: demoId(`${key}:review`), opportunityId: id, authorId: validator, decision, comment, createdAt: new Date(reviewedAt!) });
    hist(2, reviewedAt!, validator, { APPROVE: "approved", ACTION_REQUIRED: "action_required", REJECT: "rejected", START: "review_started" }[decision]!, [
      { field: "status", from: "SUBMITTED", to },
      ...(comment ? [{ field: "reviewComment", from: null, to: comment }] : []),
    ]);
  };
  if (plan.status === "IN_REVIEW") hist(2, reviewedAt!, validator, "review_started", [{ field: "status", from: "SUBMITTED", to: "IN_REVIEW" }]);
  if (plan.status === "ACTION_REQUIRED") decide("ACTION_REQUIRED", "ACTION_REQUIRED", ACTION_REQUIRED_COMMENTS[index % ACTION_REQUIRED_COMMENTS.length]);
  if (plan.status === "REJECTED") decide("REJECT", "REJECTED", REJECT_COMMENTS[index % REJECT_COMMENTS.length]);
  if (plan.status === "APPROVED") decide("APPROVE", "APPROVED", index % 3 === 0 ? "Approved. Good luck with the deal." : "");

  let latestNextStep: string | null = null;
  let providerFields: Partial<Prisma.OpportunityCreateManyInput> = {};
  let updatedAt = reviewedAt ?? submittedAt ?? createdAt;
  if (plan.status === "APPROVED") {
    const steps = index % 4 === 0 ? 0 : 1 + (index % 3);
    for (let s = 0; s < steps; s++) {
      const at = reviewedAt! + (s + 1) * rnd.int(1, 4) * DAY;
      const text = NEXT_STEPS[(index + s) % NEXT_STEPS.length];
      const stepAt = Math.min(at, now - (steps - s) * 3600_000);
      nextSteps.push({ id: demoId(`${key}:next:${s}`), opportunityId: id, authorId: ownerId, text, createdAt: new Date(stepAt) });
      hist(10 + s, stepAt, ownerId, "next_step_added", [{ field: "nextStep", from: latestNextStep, to: text }]);
      latestNextStep = text;
      updatedAt = Math.max(updatedAt, stepAt);
    }
    if (plan.stage !== "QUALIFIED" || index % 2 === 0) {
      const at = Math.min(now - 1800_000, updatedAt + DAY);
      hist(20, at, ownerId, "stage_changed", [{ field: "stage", from: "QUALIFIED", to: plan.stage }, ...(closeDate ? [{ field: "closeDate", from: null, to: closeDate }] : [])]);
      updatedAt = Math.max(updatedAt, at);
    }
    // Sam Seller is on most approved opportunities' provider team.
    if (index % 5 !== 4) {
      team.push(
        { id: demoId(`${key}:team:0`), opportunityId: id, role: index % 2 ? "ACCOUNT_MANAGER" : "SALES_REP", name: "Sam Seller", email: "seller@nimbus.example", userId: seller, createdAt: new Date(reviewedAt! + 1000) },
        { id: demoId(`${key}:team:1`), opportunityId: id, role: "PSM", name: "Paula Success", email: "paula.success@nimbus.example", createdAt: new Date(reviewedAt! + 2000) },
      );
      if (index % 3 === 0) team.push({ id: demoId(`${key}:team:2`), opportunityId: id, role: "PDM", name: "Diego Partner", email: "diego.pdm@nimbus.example", createdAt: new Date(reviewedAt! + 3000) });
      if (index % 2 === 0) {
        const providerStage = plan.stage === "LAUNCHED" ? "Completed" : plan.stage === "CLOSED_LOST" ? "Closed Incomplete" : rnd.pick(["Engaged", "Seller Engaged", "Evaluating", "On-hold"]);
        providerFields = {
          providerStage,
          providerCloseDate: dbDate(closeDate ?? isoDate(now + rnd.int(30, 200) * DAY)),
          providerClosedLostReason: plan.stage === "CLOSED_LOST" ? "Customer chose to keep the workload on premises" : null,
          providerVersion: 2,
        };
      }
    }
  }
  const revenue = data.project?.expectedMonthlyRevenue;
  return {
    opportunity: {
      id,
      organizationId,
      status: plan.status,
      stage: plan.stage,
      origin: index % 11 === 6 ? "BULK_IMPORT" : index % 13 === 9 && plan.status === "APPROVED" ? "PROVIDER_REFERRAL" : "PARTNER_CREATED",
      ownerId,
      createdById,
      customerName: data.customer?.companyName ?? "",
      title: data.project?.title ?? "",
      countryCode: data.customer?.countryCode ?? null,
      targetCloseDate: data.project?.targetCloseDate ? dbDate(data.project.targetCloseDate) : null,
      expectedMonthlyRevenueMinor: revenue ? BigInt(revenue.amountMinor) : null,
      currency: revenue?.currency ?? null,
      partnerCrmId: data.partnerCrmId ?? null,
      data: data as unknown as Prisma.InputJsonValue,
      firstSubmittedAt: submittedAt === null ? null : new Date(submittedAt),
      submittedAt: submittedAt === null ? null : new Date(submittedAt),
      closeDate: closeDate ? dbDate(closeDate) : null,
      closedLostReason: plan.stage === "CLOSED_LOST" ? CLOSED_LOST_REASONS[index % CLOSED_LOST_REASONS.length] : null,
      latestNextStep,
      ...providerFields,
      // One version per recorded change, as the services count them.
      version: history.length,
      createdAt: new Date(createdAt),
      updatedAt: new Date(updatedAt),
    },
    reviewComments,
    nextSteps,
    team,
    history,
  };
}

export const ACME_OWNERS = ["lead@acme.example", "manager@acme.example", "user@acme.example", "user2@acme.example", "team@acme.example"];

/** The demo pipeline (Acme ~60, Bolt 5). Existing rows are left as they are. */
export async function seedOpportunities(db: Db, now = Date.now()) {
  const specs: OrgSpec[] = [
    { key: "acme", timeZone: "Europe/Berlin", trainingPartner: false, owners: ACME_OWNERS, plans: acmePlans() },
    { key: "bolt", timeZone: "America/New_York", trainingPartner: true, owners: ["lead@bolt.example", "user@bolt.example"], plans: BOLT_PLANS },
  ];
  const built = specs.flatMap((spec) => spec.plans.map((plan, i) => build(spec, i, plan, now)));
  const existing = new Set(
    (await db.opportunity.findMany({ where: { id: { in: built.map((b) => b.opportunity.id!) } }, select: { id: true } })).map((o) => o.id),
  );
  const fresh = built.filter((b) => !existing.has(b.opportunity.id!));
  if (fresh.length === 0) return { created: 0 };
  // Oldest first, so that references (O-…) follow creation order.
  fresh.sort((a, b) => (a.opportunity.createdAt as Date).getTime() - (b.opportunity.createdAt as Date).getTime());
  await db.$transaction(async (tx) => {
    await tx.opportunity.createMany({ data: fresh.map((b) => b.opportunity) });
    await tx.reviewComment.createMany({ data: fresh.flatMap((b) => b.reviewComments) });
    await tx.nextStep.createMany({ data: fresh.flatMap((b) => b.nextSteps) });
    await tx.providerTeamMember.createMany({ data: fresh.flatMap((b) => b.team) });
    await tx.historyEntry.createMany({ data: fresh.flatMap((b) => b.history), skipDuplicates: true });
  });
  return { created: fresh.length };
}
