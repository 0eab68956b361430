/**
 * Provider referrals demo data (shared/spec/demo-data.md): 5 referrals Sam Seller sent to
 * Acme, still PENDING — one expiring within a business day, one already overdue (shown as
 * expired everywhere; the sweep stores it as EXPIRED) — and the bell notifications they
 * caused. Times are relative to the moment the seed runs, in Acme's time zone. Each body is
 * validated with the opportunity domain's submission rules, so it is exactly what "Refer a
 * deal" would have stored. Stable ids and `update: {}` upserts: running it twice changes nothing.
 */
import type { Db, Prisma } from "@/lib/db";
import { businessDaysBefore, referralExpiresAt, referralReminderAt } from "@/lib/domain/business-days";
import { todayInTimeZone, validateOpportunity, type OpportunityInput } from "@/lib/domain/opportunity";
import { demoId } from "./ids";
import { orgId, userId } from "./people";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const ACME_TZ = "Europe/Berlin";

type ReferralSeed = {
  key: string;
  /** When it was sent, from the seed's `now`. */
  sentAt: (now: Date) => Date;
  recipient?: string;
  customer: NonNullable<OpportunityInput["customer"]>;
  project: Omit<NonNullable<OpportunityInput["project"]>, "targetCloseDate"> & { closeInDays: number };
  opportunityType: "NET_NEW_BUSINESS" | "EXPANSION" | "FLAT_RENEWAL";
  needs: string[];
  contact: NonNullable<OpportunityInput["customerContact"]>;
  nextStep: string;
  leadSource: string;
  accountId: string;
};

const SAM = { role: "SALES_REP" as const, name: "Sam Seller", email: "seller@nimbus.example" };

// prettier-ignore
export const DEMO_PROVIDER_REFERRALS: ReferralSeed[] = [
  {
    key: "expiring",
    // Expires about 6 hours from now: sent 5 business days before that.
    sentAt: (now) => businessDaysBefore(new Date(now.getTime() + 6 * HOUR), 5, ACME_TZ),
    customer: { companyName: "Rheinwerk Maschinenbau GmbH", websiteUrl: "https://rheinwerk.example", industry: "Manufacturing", countryCode: "DE", postalCode: "50667", city: "Köln", streetAddress: "Rheinuferstraße 12", duns: "314159003" },
    project: { title: "Predictive maintenance for press lines", customerBusinessProblem: "Unplanned downtime on three press lines costs the plant about two shifts a month; sensor data is collected but never analysed.", customerUseCase: "IOT", deliveryModels: ["Professional Services", "Managed Services"], expectedMonthlyRevenue: { amount: "18000.00", currency: "EUR" }, salesActivities: ["Customer has shown interest in solution"], competitor: "Microsoft Azure", closeInDays: 75 },
    opportunityType: "NET_NEW_BUSINESS",
    needs: ["Co-Sell - Architectural Validation", "Co-Sell - Technical Consultation"],
    contact: { firstName: "Jonas", lastName: "Becker", email: "j.becker@rheinwerk.example", phone: "+49 221 555 0142", title: "Head of Plant IT" },
    nextStep: "Workshop with the plant IT team to scope the sensor data pipeline",
    leadSource: "Provider seller",
    accountId: "310000000101",
  },
  {
    key: "overdue",
    // 10 calendar days hold at least 5 business days even when sent on a weekend (its clock
    // then starts on Monday 00:00): overdue whatever the weekday the seed runs on.
    sentAt: (now) => new Date(now.getTime() - 10 * DAY),
    customer: { companyName: "Hansa Versicherung AG", websiteUrl: "https://hansa-versicherung.example", industry: "Financial Services", countryCode: "DE", postalCode: "28195", city: "Bremen", streetAddress: "Am Wall 140" },
    project: { title: "Claims document processing", customerBusinessProblem: "Claims handlers re-type data from scanned letters; processing a claim takes eleven days on average.", customerUseCase: "AI Machine Learning and Analytics", deliveryModels: ["SaaS or PaaS"], expectedMonthlyRevenue: { amount: "9500.00", currency: "EUR" }, salesActivities: ["Initialized discussions with customer"], competitor: "Google Cloud Platform", closeInDays: 120 },
    opportunityType: "NET_NEW_BUSINESS",
    needs: ["Co-Sell - Business Presentation"],
    contact: { firstName: "Petra", lastName: "Wolff", email: "p.wolff@hansa-versicherung.example", phone: "+49 421 555 0177", title: "CIO" },
    nextStep: "Send the reference case from the insurance summit",
    leadSource: "Marketing event",
    accountId: "310000000102",
  },
  {
    key: "for-uma",
    sentAt: (now) => new Date(now.getTime() - 1 * DAY),
    recipient: "user@acme.example",
    customer: { companyName: "Nordlicht Energie AG", websiteUrl: "https://nordlicht-energie.example", industry: "Energy - Power and Utilities", countryCode: "DE", postalCode: "20095", city: "Hamburg", streetAddress: "Ballindamm 3", duns: "314159004" },
    project: { title: "Smart meter data platform", customerBusinessProblem: "Two million smart meters report every 15 minutes; the current warehouse cannot keep up and billing runs late.", customerUseCase: "Big Data: Data Warehouse/Data Integration/ETL/Data Lake/BI", deliveryModels: ["Professional Services"], expectedMonthlyRevenue: { amount: "42000.00", currency: "EUR" }, salesActivities: ["Conducted POC / Demo", "In evaluation / planning stage"], competitor: "Oracle Cloud", closeInDays: 90 },
    opportunityType: "EXPANSION",
    needs: ["Co-Sell - Pricing Assistance"],
    contact: { firstName: "Lars", lastName: "Petersen", email: "l.petersen@nordlicht-energie.example", phone: "+49 40 555 0190", title: "Director Data" },
    nextStep: "Joint architecture review with the customer's data team",
    leadSource: "Customer request",
    accountId: "310000000103",
  },
  {
    key: "for-mia",
    sentAt: (now) => new Date(now.getTime() - 2 * HOUR),
    recipient: "manager@acme.example",
    customer: { companyName: "Wayne Retail Group", websiteUrl: "https://wayne-retail.example", industry: "Retail", countryCode: "US", postalCode: "60601", stateOrRegion: "Illinois", city: "Chicago", streetAddress: "233 S Wacker Dr" },
    project: { title: "Store analytics and demand forecasting", customerBusinessProblem: "Stores over-order perishables; spoilage is 4% of revenue and forecasts are built in spreadsheets.", customerUseCase: "AI Machine Learning and Analytics", deliveryModels: ["SaaS or PaaS", "Professional Services"], expectedMonthlyRevenue: { amount: "27500.00", currency: "USD" }, salesActivities: ["Customer has shown interest in solution"], competitor: "No Competition", closeInDays: 60 },
    opportunityType: "NET_NEW_BUSINESS",
    needs: ["Co-Sell - Deal Support"],
    contact: { firstName: "Dana", lastName: "Reyes", email: "dana.reyes@wayne-retail.example", phone: "+1 312 555 0123", title: "VP Merchandising" },
    nextStep: "Demo of the forecasting accelerator to the merchandising team",
    leadSource: "Provider seller",
    accountId: "310000000104",
  },
  {
    key: "open",
    sentAt: (now) => new Date(now.getTime() - 3 * DAY),
    customer: { companyName: "Elbtal Logistik GmbH", websiteUrl: "https://elbtal-logistik.example", industry: "Transportation and Logistics", countryCode: "DE", postalCode: "01067", city: "Dresden", streetAddress: "Ostra-Allee 9" },
    project: { title: "Warehouse migration to the cloud", customerBusinessProblem: "The on-premises warehouse management system runs on hardware out of support; a failure would stop three depots.", customerUseCase: "Migration/Database Migration", deliveryModels: ["Managed Services"], expectedMonthlyRevenue: { amount: "12000.00", currency: "EUR" }, salesActivities: ["Agreed on solution to Business Problem"], competitor: "On-Prem", closeInDays: 45 },
    opportunityType: "FLAT_RENEWAL",
    needs: ["Co-Sell - Total Cost of Ownership Evaluation"],
    contact: { firstName: "Katrin", lastName: "Vogel", email: "k.vogel@elbtal-logistik.example", phone: "+49 351 555 0166", title: "IT Manager" },
    nextStep: "TCO comparison for the three depots",
    leadSource: "Provider seller",
    accountId: "310000000105",
  },
];

export const providerReferralId = (key: string) => demoId(`provider-referral:${key}`);

export async function seedProviderReferrals(db: Db, now = new Date()) {
  const partner = orgId("acme");
  const sender = userId("seller@nimbus.example");
  const lead = userId("lead@acme.example");
  for (const r of DEMO_PROVIDER_REFERRALS) {
    const id = providerReferralId(r.key);
    if (await db.opportunityInvitation.findUnique({ where: { id }, select: { id: true } })) continue;
    const sentAt = r.sentAt(now);
    const expiresAt = referralExpiresAt(sentAt, ACME_TZ);
    const { closeInDays, ...project } = r.project;
    const input: OpportunityInput = {
      customer: r.customer,
      project: { ...project, targetCloseDate: new Date(now.getTime() + closeInDays * DAY).toISOString().slice(0, 10) },
      opportunityType: r.opportunityType,
      stage: "QUALIFIED",
      coSellWithProvider: "YES",
      primaryNeedsFromProvider: r.needs as OpportunityInput["primaryNeedsFromProvider"],
      marketing: { source: "NONE" },
      customerContact: r.contact,
      providerAccountId: r.accountId,
    };
    const valid = validateOpportunity("submission", input, { today: todayInTimeZone(ACME_TZ, sentAt), trainingPartner: false });
    if (!valid.success) throw new Error(`demo provider referral ${r.key} is invalid: ${JSON.stringify(valid.errors)}`);
    const data = {
      ...valid.data,
      nextStep: r.nextStep,
      leadSource: r.leadSource,
      providerTeam: [SAM, { role: "PDM", name: "Priya Partnerdev", email: "pdm@nimbus.example" }],
    };
    const recipient = r.recipient ? userId(r.recipient) : null;
    await db.$transaction(async (tx) => {
      await tx.opportunityInvitation.upsert({
        where: { id },
        create: {
          id,
          partnerOrganizationId: partner,
          recipientUserId: recipient,
          senderId: sender,
          status: "PENDING",
          data: data as Prisma.InputJsonValue,
          customerName: r.customer.companyName!,
          title: r.project.title!,
          sentAt,
          expiresAt,
          remindAt: referralReminderAt(expiresAt, ACME_TZ),
          createdAt: sentAt,
        },
        update: {},
      });
      await tx.historyEntry.upsert({
        where: { id: demoId(`provider-referral-history:${r.key}`) },
        create: {
          id: demoId(`provider-referral-history:${r.key}`),
          entityType: "PROVIDER_REFERRAL",
          entityId: id,
          organizationId: partner,
          actorId: sender,
          action: "sent",
          changes: [
            { field: "status", from: null, to: "PENDING" },
            { field: "partnerOrganizationId", from: null, to: partner },
            { field: "recipientUserId", from: null, to: recipient },
            { field: "expiresAt", from: null, to: expiresAt.toISOString() },
          ],
          at: sentAt,
        },
        update: {},
      });
      // What sending told the partner: the bell of the alliance lead (and the recipient).
      for (const user of [lead, ...(recipient ? [recipient] : [])]) {
        await tx.notification.upsert({
          where: { id: demoId(`provider-referral-notification:${r.key}:${user}`) },
          create: {
            id: demoId(`provider-referral-notification:${r.key}:${user}`),
            userId: user,
            kind: "PROVIDER_REFERRAL_RECEIVED",
            title: `New provider referral from Nimbus Cloud: ${r.customer.companyName}`,
            body: `Sam Seller (Nimbus Cloud) referred "${r.project.title}" for ${r.customer.companyName} to Acme Consulting. Accept or reject it within 5 business days; after that it expires.`,
            link: `/provider-referrals/${id}`,
            entityType: "PROVIDER_REFERRAL",
            entityId: id,
            createdAt: sentAt,
            readAt: r.key === "overdue" ? sentAt : null,
          },
          update: {},
        });
      }
    });
  }
}
