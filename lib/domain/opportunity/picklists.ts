/**
 * Every enum and picklist of ACE opportunities (domain.md §2), spelled exactly as the spec
 * gives them: UPPER_SNAKE identifiers for statuses, stages, types; the listed strings for
 * the picklists of §2.1 (JSON values are these strings, some contain commas).
 */

// ---- Lifecycle -----------------------------------------------------------------------

/** The provider's validation of the opportunity (§2.2). */
export const REVIEW_STATUSES = ["DRAFT", "SUBMITTED", "IN_REVIEW", "APPROVED", "ACTION_REQUIRED", "REJECTED"] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** The deal's progress (§2.2), in order. */
export const SALES_STAGES = [
  "PROSPECT",
  "QUALIFIED",
  "TECHNICAL_VALIDATION",
  "BUSINESS_VALIDATION",
  "COMMITTED",
  "LAUNCHED",
  "CLOSED_LOST",
] as const;
export type SalesStage = (typeof SALES_STAGES)[number];

/** `LAUNCHED` (billing started) and `CLOSED_LOST` end the deal; the opportunity becomes read-only. */
export const TERMINAL_STAGES = ["LAUNCHED", "CLOSED_LOST"] as const satisfies readonly SalesStage[];
export type TerminalStage = (typeof TERMINAL_STAGES)[number];
export const OPEN_STAGES = SALES_STAGES.filter(
  (s): s is Exclude<SalesStage, TerminalStage> => !(TERMINAL_STAGES as readonly string[]).includes(s),
);
export const isTerminalStage = (stage: SalesStage | null | undefined): stage is TerminalStage =>
  stage != null && (TERMINAL_STAGES as readonly string[]).includes(stage);

/** The provider recommends submitting at this stage or later (the UI says so; PROSPECT is accepted). */
export const RECOMMENDED_SUBMIT_STAGE: SalesStage = "QUALIFIED";

export const OPPORTUNITY_TYPES = ["NET_NEW_BUSINESS", "EXPANSION", "FLAT_RENEWAL"] as const;
export type OpportunityType = (typeof OPPORTUNITY_TYPES)[number];
/** Types for which `parentOpportunityId` may be given. */
export const TYPES_WITH_PARENT = ["EXPANSION", "FLAT_RENEWAL"] as const satisfies readonly OpportunityType[];

/**
 * How an opportunity came into the portal (the list filter `origin`). The spec names the
 * three ways without enum values; these are ours:
 * - `PARTNER_CREATED`: created by a partner user (wizard, API, or clone);
 * - `PROVIDER_REFERRAL`: a provider referral the partner accepted (§3);
 * - `BULK_IMPORT`: created by a CSV bulk import (§2.10).
 */
export const ORIGINS = ["PARTNER_CREATED", "PROVIDER_REFERRAL", "BULK_IMPORT"] as const;
export type Origin = (typeof ORIGINS)[number];

export const YES_NO = ["YES", "NO"] as const;
export type YesNo = (typeof YES_NO)[number];

export const MARKETING_SOURCES = ["MARKETING_ACTIVITY", "NONE"] as const;
export type MarketingSource = (typeof MARKETING_SOURCES)[number];

/** Provider team roles (§2.1 People), shown on the Contacts tab once approved. */
export const PROVIDER_TEAM_ROLES = ["SALES_REP", "ACCOUNT_MANAGER", "PDM", "WWPS_PDM", "PSM", "ISM"] as const;
export type ProviderTeamRole = (typeof PROVIDER_TEAM_ROLES)[number];

// ---- Picklists of §2.1 ---------------------------------------------------------------

/** Countries (ISO 3166-1 alpha-2) and those without postal codes live with the postal-code formats. */
export { COUNTRY_CODES, COUNTRIES_WITHOUT_POSTAL_CODES, type CountryCode } from "./countries";

export const INDUSTRIES = [
  "Aerospace",
  "Agriculture",
  "Automotive",
  "Computers and Electronics",
  "Consumer Goods",
  "Education",
  "Energy - Oil and Gas",
  "Energy - Power and Utilities",
  "Financial Services",
  "Gaming",
  "Government",
  "Healthcare",
  "Hospitality",
  "Life Sciences",
  "Manufacturing",
  "Marketing and Advertising",
  "Media and Entertainment",
  "Mining",
  "Non-Profit Organization",
  "Professional Services",
  "Real Estate and Construction",
  "Retail",
  "Software and Internet",
  "Telecommunications",
  "Transportation and Logistics",
  "Travel",
  "Wholesale and Distribution",
  "Other",
] as const;
export type Industry = (typeof INDUSTRIES)[number];

export const CUSTOMER_USE_CASES = [
  "AI Machine Learning and Analytics",
  "Archiving",
  "Big Data: Data Warehouse/Data Integration/ETL/Data Lake/BI",
  "Blockchain",
  "Business Applications: Mainframe Modernization",
  "Business Applications & Contact Center",
  "Business Applications & SAP Production",
  "Centralized Operations Management",
  "Cloud Management Tools",
  "Cloud Management Tools & DevOps with Continuous Integration & Continuous Delivery (CICD)",
  "Configuration, Compliance & Auditing",
  "Connected Services",
  "Containers & Serverless",
  "Content Delivery & Edge Services",
  "Database",
  "Edge Computing/End User Computing",
  "Energy",
  "Enterprise Governance & Controls",
  "Enterprise Resource Planning",
  "Financial Services",
  "Healthcare and Life Sciences",
  "High Performance Computing",
  "Hybrid Application Platform",
  "Industrial Software",
  "IOT",
  "Manufacturing, Supply Chain and Operations",
  "Media & High performance computing (HPC)",
  "Migration/Database Migration",
  "Monitoring, logging and performance",
  "Monitoring & Observability",
  "Networking",
  "Outpost",
  "SAP",
  "Security & Compliance",
  "Storage & Backup",
  "Training",
  "VMC",
  "VMWare",
  "Web development & DevOps",
] as const;
export type CustomerUseCase = (typeof CUSTOMER_USE_CASES)[number];
/** The only use case a training partner (org flag `trainingPartner`) may choose. */
export const TRAINING_USE_CASE: CustomerUseCase = "Training";

export const DELIVERY_MODELS = ["SaaS or PaaS", "BYOL or AMI", "Managed Services", "Professional Services", "Resell", "Other"] as const;
export type DeliveryModel = (typeof DELIVERY_MODELS)[number];

export const PRIMARY_NEEDS_FROM_PROVIDER = [
  "Co-Sell - Architectural Validation",
  "Co-Sell - Business Presentation",
  "Co-Sell - Competitive Information",
  "Co-Sell - Pricing Assistance",
  "Co-Sell - Technical Consultation",
  "Co-Sell - Total Cost of Ownership Evaluation",
  "Co-Sell - Deal Support",
  "Co-Sell - Support for Public Tender / RFx",
] as const;
export type PrimaryNeedFromProvider = (typeof PRIMARY_NEEDS_FROM_PROVIDER)[number];

export const SALES_ACTIVITIES = [
  "Initialized discussions with customer",
  "Customer has shown interest in solution",
  "Conducted POC / Demo",
  "In evaluation / planning stage",
  "Agreed on solution to Business Problem",
  "Completed Action Plan",
  "Finalized Deployment Need",
  "SOW Signed",
] as const;
export type SalesActivity = (typeof SALES_ACTIVITIES)[number];

export const COMPETITORS = [
  "Oracle Cloud",
  "On-Prem",
  "Co-location",
  "Akamai",
  "AliCloud",
  "Google Cloud Platform",
  "IBM Softlayer",
  "Microsoft Azure",
  "Other- Cost Optimization",
  "No Competition",
  "*Other",
] as const;
export type Competitor = (typeof COMPETITORS)[number];
/** Choosing this competitor makes `project.otherCompetitorNames` required. */
export const OTHER_COMPETITOR: Competitor = "*Other";

export const CLOSED_LOST_REASONS = [
  "Customer Deficiency",
  "Delay / Cancellation of Project",
  "Legal / Tax / Regulatory",
  "Lost to Competitor - Google",
  "Lost to Competitor - Microsoft",
  "Lost to Competitor - SoftLayer",
  "Lost to Competitor - VMWare",
  "Lost to Competitor - Other",
  "No Opportunity",
  "On Premises Deployment",
  "Partner Gap",
  "Price",
  "Security / Compliance",
  "Technical Limitations",
  "Customer Experience",
  "Other",
  "People/Relationship/Governance",
  "Product/Technology",
  "Financial/Commercial",
] as const;
export type ClosedLostReason = (typeof CLOSED_LOST_REASONS)[number];

/**
 * Suggestions for the provider-side `providerStage` (§2.1): the partner stages plus the
 * provider's own. The field is free text; this list only feeds a combo box.
 */
export const PROVIDER_STAGE_SUGGESTIONS = [
  "Prospect",
  "Qualified",
  "Technical Validation",
  "Business Validation",
  "Committed",
  "Launched",
  "Closed Lost",
  "Engaged",
  "Seller Engaged",
  "Evaluating",
  "On-hold",
  "Deferred to Partner",
  "Completed",
  "Closed Incomplete",
] as const;

export const MARKETING_CHANNELS = [
  "AWS Marketing Central",
  "Content Syndication",
  "Display",
  "Email",
  "Live Event",
  "Out Of Home (OOH)",
  "Print",
  "Search",
  "Social",
  "Telemarketing",
  "TV",
  "Video",
  "Virtual Event",
] as const;
export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];

export const MARKETING_USE_CASES = [
  "AI/ML",
  "Analytics",
  "Application Integration",
  "Blockchain",
  "Business Applications",
  "Cloud Financial Management",
  "Compute",
  "Containers",
  "Customer Engagement",
  "Databases",
  "Developer Tools",
  "End User Computing",
  "Front End Web & Mobile",
  "Game Tech",
  "IoT",
  "Management & Governance",
  "Media Services",
  "Migration & Transfer",
  "Networking & Content Delivery",
  "Quantum Technologies",
  "Robotics",
  "Satellite",
  "Security",
  "Serverless",
  "Storage",
  "VR & AR",
] as const;
export type MarketingUseCase = (typeof MARKETING_USE_CASES)[number];
