/**
 * Co-sell demo data (shared/spec/demo-data.md): the customer directory (US/DE/JP, managed,
 * unmanaged and DUNS accounts, some federal), the solution catalogue, exchange rates for this
 * and last month, and for Acme about 30 deals over every direction, type and status (some
 * favourites, 4 solution assessments at different stages). Dates are relative to the day the
 * seed runs. Stable ids and `update: {}` upserts: running it twice changes nothing.
 */
import type { Db, Prisma } from "@/lib/db";
import { inboundDealExpiresAt } from "@/lib/domain/referral";
import { demoId } from "./ids";
import { orgId, userId } from "./people";

const DAY = 86_400_000;
const HOUR = 3_600_000;

type Management = "MANAGED" | "UNMANAGED" | "OTHER";
type Customer = { key: string; name: string; country: "US" | "DE" | "JP"; city: string; postal: string; management: Management; duns?: string; federal?: boolean };

// prettier-ignore
export const DEMO_CUSTOMERS: Customer[] = [
  { key: "initech", name: "Initech Inc", country: "US", city: "Austin", postal: "73301", management: "MANAGED", duns: "104729301" },
  { key: "globex-us", name: "Globex Corporation", country: "US", city: "Springfield", postal: "62701", management: "MANAGED", duns: "104729302" },
  { key: "umbrella", name: "Umbrella Health Systems", country: "US", city: "Raleigh", postal: "27601", management: "MANAGED" },
  { key: "stark", name: "Stark Logistics", country: "US", city: "Newark", postal: "07102", management: "MANAGED", duns: "104729304" },
  { key: "wayne", name: "Wayne Retail Group", country: "US", city: "Chicago", postal: "60601", management: "MANAGED" },
  { key: "cyberdyne", name: "Cyberdyne Systems", country: "US", city: "Sunnyvale", postal: "94085", management: "MANAGED", duns: "104729306" },
  { key: "soylent", name: "Soylent Foods", country: "US", city: "Portland", postal: "97201", management: "MANAGED" },
  { key: "tyrell", name: "Tyrell Biotech", country: "US", city: "San Diego", postal: "92101", management: "MANAGED" },
  { key: "massive", name: "Massive Dynamic", country: "US", city: "Boston", postal: "02108", management: "UNMANAGED" },
  { key: "hooli", name: "Hooli", country: "US", city: "Palo Alto", postal: "94301", management: "UNMANAGED" },
  { key: "vandelay", name: "Vandelay Industries", country: "US", city: "New York", postal: "10001", management: "UNMANAGED" },
  { key: "dunder", name: "Dunder Mifflin Paper", country: "US", city: "Scranton", postal: "18503", management: "UNMANAGED" },
  { key: "prestige", name: "Prestige Worldwide Events", country: "US", city: "Los Angeles", postal: "90001", management: "UNMANAGED" },
  { key: "oceanic", name: "Oceanic Airlines Cargo", country: "US", city: "Honolulu", postal: "96813", management: "OTHER", duns: "104729314" },
  { key: "fed-aviation", name: "Federal Aviation Records Office", country: "US", city: "Washington", postal: "20591", management: "OTHER", duns: "104729315", federal: true },
  { key: "fed-parks", name: "National Parks Data Service", country: "US", city: "Denver", postal: "80202", management: "OTHER", duns: "104729316", federal: true },
  { key: "fed-veterans", name: "Veterans Benefits Processing Center", country: "US", city: "Philadelphia", postal: "19102", management: "OTHER", duns: "104729317", federal: true },
  { key: "bluth", name: "Bluth Property Development", country: "US", city: "Newport Beach", postal: "92660", management: "OTHER", duns: "104729318" },
  { key: "globex-de", name: "Globex GmbH", country: "DE", city: "Berlin", postal: "10115", management: "MANAGED", duns: "314159001" },
  { key: "sonnenberg", name: "Brauerei Sonnenberg AG", country: "DE", city: "München", postal: "80331", management: "MANAGED" },
  { key: "rheinwerk", name: "Rheinwerk Maschinenbau GmbH", country: "DE", city: "Köln", postal: "50667", management: "MANAGED", duns: "314159003" },
  { key: "nordlicht", name: "Nordlicht Energie AG", country: "DE", city: "Hamburg", postal: "20095", management: "MANAGED" },
  { key: "alpenbank", name: "Alpenbank AG", country: "DE", city: "Stuttgart", postal: "70173", management: "MANAGED", duns: "314159005" },
  { key: "elbtal", name: "Elbtal Logistik GmbH", country: "DE", city: "Dresden", postal: "01067", management: "MANAGED" },
  { key: "hansa", name: "Hansa Versicherung AG", country: "DE", city: "Bremen", postal: "28195", management: "UNMANAGED" },
  { key: "schwarzwald", name: "Schwarzwald Uhren GmbH", country: "DE", city: "Freiburg", postal: "79098", management: "UNMANAGED" },
  { key: "spree", name: "Spree Medien GmbH", country: "DE", city: "Berlin", postal: "10178", management: "UNMANAGED" },
  { key: "mosel", name: "Moselwein Handel KG", country: "DE", city: "Trier", postal: "54290", management: "OTHER", duns: "314159010" },
  { key: "bund-archiv", name: "Bundesarchiv Digitalisierung (Demo)", country: "DE", city: "Koblenz", postal: "56075", management: "OTHER", duns: "314159011", federal: true },
  { key: "harz", name: "Harz Bergbau GmbH", country: "DE", city: "Goslar", postal: "38640", management: "OTHER", duns: "314159012" },
  { key: "sakura", name: "Sakura Robotics KK", country: "JP", city: "Tokyo", postal: "100-0001", management: "MANAGED", duns: "271828001" },
  { key: "fuji", name: "Fuji Logistics KK", country: "JP", city: "Yokohama", postal: "220-0011", management: "MANAGED" },
  { key: "kyoto", name: "Kyoto Textiles KK", country: "JP", city: "Kyoto", postal: "600-8001", management: "MANAGED", duns: "271828003" },
  { key: "osaka", name: "Osaka Precision KK", country: "JP", city: "Osaka", postal: "530-0001", management: "MANAGED" },
  { key: "hokkaido", name: "Hokkaido Dairy Cooperative", country: "JP", city: "Sapporo", postal: "060-0001", management: "UNMANAGED" },
  { key: "nagoya", name: "Nagoya Motors Parts KK", country: "JP", city: "Nagoya", postal: "450-0002", management: "UNMANAGED" },
  { key: "kobe", name: "Kobe Marine Insurance", country: "JP", city: "Kobe", postal: "650-0001", management: "UNMANAGED" },
  { key: "sendai", name: "Sendai Semiconductor KK", country: "JP", city: "Sendai", postal: "980-0001", management: "OTHER", duns: "271828008" },
  { key: "jp-mlit", name: "Regional Transport Bureau (Demo)", country: "JP", city: "Tokyo", postal: "100-8918", management: "OTHER", duns: "271828009", federal: true },
  { key: "okinawa", name: "Okinawa Resorts KK", country: "JP", city: "Naha", postal: "900-0001", management: "OTHER", duns: "271828010" },
];

type SolutionSeed = { key: string; name: string; kind: "OWN" | "PROVIDER" | "THIRD_PARTY" | "ASSESSMENT"; publisher?: string; eligible?: boolean };

// prettier-ignore
export const DEMO_SOLUTIONS: SolutionSeed[] = [
  { key: "acme-insights", name: "Acme Insights", kind: "OWN", publisher: "acme", eligible: true },
  { key: "acme-migration", name: "Acme Migration Factory", kind: "OWN", publisher: "acme", eligible: true },
  { key: "acme-helpdesk", name: "Acme Managed Helpdesk", kind: "OWN", publisher: "acme" },
  { key: "bolt-stream", name: "Bolt Stream Analytics", kind: "OWN", publisher: "bolt", eligible: true },
  { key: "bolt-train", name: "Bolt Cloud Academy", kind: "OWN", publisher: "bolt" },
  { key: "cirrus-vision", name: "Cirrus Edge Vision", kind: "OWN", publisher: "cirrus", eligible: true },
  { key: "p01-sec", name: "Partner 01 SecureOps", kind: "OWN", publisher: "partner01", eligible: true },
  { key: "nimbus-dw", name: "Nimbus Data Warehouse", kind: "PROVIDER", publisher: "nimbus" },
  { key: "nimbus-fn", name: "Nimbus Serverless Functions", kind: "PROVIDER", publisher: "nimbus" },
  { key: "nimbus-k8s", name: "Nimbus Kubernetes Service", kind: "PROVIDER", publisher: "nimbus" },
  { key: "nimbus-ai", name: "Nimbus AI Studio", kind: "PROVIDER", publisher: "nimbus" },
  { key: "contoso-crm", name: "Contoso CRM", kind: "THIRD_PARTY", eligible: true },
  { key: "fabrikam-sec", name: "Fabrikam Security Suite", kind: "THIRD_PARTY" },
  { key: "northwind-erp", name: "Northwind ERP", kind: "THIRD_PARTY" },
  { key: "sa-infra", name: "Infrastructure assessment", kind: "ASSESSMENT", publisher: "nimbus" },
  { key: "sa-data", name: "Data estate assessment", kind: "ASSESSMENT", publisher: "nimbus" },
  { key: "sa-appmod", name: "Application modernisation assessment", kind: "ASSESSMENT", publisher: "nimbus" },
  { key: "sa-security", name: "Security assessment", kind: "ASSESSMENT", publisher: "nimbus" },
  { key: "sa-sap", name: "SAP on cloud assessment", kind: "ASSESSMENT", publisher: "nimbus" },
];

const customerId = (key: string) => demoId(`customer:${key}`);
const solutionId = (key: string) => demoId(`solution:${key}`);
const dealId = (key: string) => demoId(`deal:${key}`);

type Person = { name: string; email: string; phone: string };
const P: Record<string, Person> = {
  lena: { name: "Lena Lead", email: "lead@acme.example", phone: "+49 30 5550 1001" },
  mia: { name: "Mia Manager", email: "manager@acme.example", phone: "+49 30 5550 1002" },
  uma: { name: "Uma User", email: "user@acme.example", phone: "+49 30 5550 1003" },
  ugo: { name: "Ugo User", email: "user2@acme.example", phone: "+1 415 555 0104" },
  nora: { name: "Nora NoAce", email: "noace@acme.example", phone: "+1 415 555 0105" },
  bob: { name: "Bob Lead", email: "lead@bolt.example", phone: "+1 212 555 0201" },
  p01: { name: "Partner 01 Lead", email: "lead@partner01.example", phone: "+1 646 555 0301" },
  sam: { name: "Sam Seller", email: "seller@nimbus.example", phone: "+1 206 555 0100" },
};

type Status =
  | "RECEIVED" | "CREATED" | "ACCEPTED" | "QUALIFIED" | "DEVELOPED" | "PROPOSED" | "NEGOTIATED"
  | "SECURE_CUSTOMER_LOE" | "COLLECT_DATA" | "PREPARE_REPORT" | "PRESENT_TO_CUSTOMER"
  | "WON" | "LOST" | "DECLINED" | "EXPIRED" | "ERROR";

type DealSeed = {
  key: string;
  org?: string;
  direction: "INBOUND" | "OUTBOUND";
  dealType: "PRIVATE" | "PARTNER_LED" | "CO_SELL" | "P2P" | "SOLUTION_ASSESSMENT";
  program?: "IP_CO_SELL" | "SERVICES_CO_SELL";
  status: Status;
  name: string;
  location: string;
  value: [number, string];
  closeInDays: number;
  customer: string;
  solutions: string[];
  team: Person[];
  createdDaysAgo: number;
  /** Hours after creation the deal was won (for the 72-hour rule). */
  wonAfterHours?: number;
  coSell?: { state: "REQUESTED" | "JOINED" | "DECLINED" | "LAPSED"; requestedDaysAgo: number; help?: string[] };
  providerMarkedWon?: boolean;
  sender?: { org: string; user: string; contacts: Person[] };
  /** Inbound: received this many hours ago (default: at creation). */
  receivedHoursAgo?: number;
  parent?: string;
  helpWanted?: string[];
  declineReason?: "NOT_A_FIT" | "NO_CAPACITY" | "CUSTOMER_NOT_REACHABLE" | "DUPLICATE" | "INSUFFICIENT_DETAILS" | "OTHER";
  lostReason?: "LOST_TO_COMPETITOR" | "NO_BUDGET" | "NO_DECISION" | "PRICE" | "TIMING" | "OTHER";
  errorReason?: "DUPLICATE_DEAL" | "WRONG_CUSTOMER" | "INCORRECT_VALUE" | "OTHER";
  reasonNotes?: string;
  registration?: { status: "SUBMITTED" | "IN_VALIDATION" | "VALIDATED" | "ACTION_REQUIRED" | "REJECTED"; errors?: string[] };
  assessmentLocation?: string;
  contact?: Person & { notes?: string };
  favorites?: string[];
  notes: string;
  crmId?: string;
  partnerRole?: "PRE_SALES_VISION" | "SOLUTION_DESIGN" | "PROOF_OF_CONCEPT" | "BUSINESS_STRATEGY" | "DEPLOYMENT_SERVICES" | "IMPLEMENTATION_AND_CHANGE_MANAGEMENT" | "TRANSACTION" | "MANAGED_SERVICES";
  visible?: boolean;
};

const services = { program: "SERVICES_CO_SELL" as const, partnerRole: "SOLUTION_DESIGN" as const };
const sam = (contacts: Person[] = [P.sam]) => ({ org: "nimbus", user: "seller@nimbus.example", contacts });

// prettier-ignore
export const DEMO_DEALS: DealSeed[] = [
  // ---- Outbound: private
  { key: "acme-private-1", direction: "OUTBOUND", dealType: "PRIVATE", status: "CREATED", name: "Initech data lake foundation", location: "US", value: [6_500_000, "USD"], closeInDays: 75, customer: "initech", solutions: ["acme-insights", "nimbus-dw"], team: [P.lena, P.ugo], createdDaysAgo: 3, notes: "Early discovery; customer evaluating lakehouse options.", crmId: "SF-10231", favorites: ["lead@acme.example"] },
  { key: "acme-private-2", direction: "OUTBOUND", dealType: "PRIVATE", status: "QUALIFIED", name: "Rheinwerk shop-floor telemetry", location: "DE", value: [4_200_000, "EUR"], closeInDays: 50, customer: "rheinwerk", solutions: ["acme-insights"], team: [P.uma], createdDaysAgo: 12, notes: "Pilot on two production lines." },
  { key: "acme-private-lost", direction: "OUTBOUND", dealType: "PRIVATE", status: "LOST", name: "Hooli helpdesk outsourcing", location: "US", value: [1_800_000, "USD"], closeInDays: -5, customer: "hooli", solutions: ["acme-helpdesk"], team: [P.lena], createdDaysAgo: 60, lostReason: "PRICE", reasonNotes: "Went with an offshore provider.", notes: "Managed helpdesk for 400 seats." },
  // ---- Outbound: partner-led
  { key: "acme-led-1", direction: "OUTBOUND", dealType: "PARTNER_LED", status: "DEVELOPED", name: "Wayne Retail demand forecasting", location: "US", value: [9_800_000, "USD"], closeInDays: 40, customer: "wayne", solutions: ["acme-insights", "nimbus-ai"], team: [P.lena, P.ugo, P.nora], createdDaysAgo: 25, notes: "Forecasting for 300 stores; POC agreed.", crmId: "SF-10245", favorites: ["lead@acme.example", "user2@acme.example"] },
  { key: "acme-led-2", direction: "OUTBOUND", dealType: "PARTNER_LED", status: "PROPOSED", name: "Nordlicht grid analytics", location: "DE", value: [7_500_000, "EUR"], closeInDays: 30, customer: "nordlicht", solutions: ["acme-insights", "nimbus-dw"], team: [P.uma, P.mia], createdDaysAgo: 34, notes: "Proposal sent for the analytics platform." },
  { key: "acme-led-won-registered", direction: "OUTBOUND", dealType: "PARTNER_LED", status: "WON", name: "Stark Logistics route optimisation", location: "US", value: [12_000_000, "USD"], closeInDays: -10, customer: "stark", solutions: ["acme-migration", "nimbus-k8s"], team: [P.lena, P.ugo], createdDaysAgo: 70, wonAfterHours: 24 * 55, registration: { status: "VALIDATED" }, notes: "Three-year contract signed.", crmId: "SF-10112" },
  { key: "acme-led-won", direction: "OUTBOUND", dealType: "PARTNER_LED", status: "WON", name: "Globex US billing migration", location: "US", value: [5_400_000, "USD"], closeInDays: -2, customer: "globex-us", solutions: ["acme-migration"], team: [P.lena, P.mia], createdDaysAgo: 45, wonAfterHours: 24 * 43, notes: "Migration of the billing platform, won last week.", favorites: ["manager@acme.example"] },
  { key: "acme-led-won-fast", direction: "OUTBOUND", dealType: "PARTNER_LED", status: "WON", name: "Cyberdyne quick-start workshop", location: "US", value: [3_000_000, "USD"], closeInDays: -1, customer: "cyberdyne", solutions: ["acme-insights"], team: [P.lena], createdDaysAgo: 4, wonAfterHours: 30, notes: "Signed within two days of first contact." },
  { key: "acme-led-error", direction: "OUTBOUND", dealType: "PARTNER_LED", status: "ERROR", name: "Globex US billing migration (duplicate)", location: "US", value: [5_400_000, "USD"], closeInDays: 20, customer: "globex-us", solutions: ["acme-migration"], team: [P.mia], createdDaysAgo: 44, errorReason: "DUPLICATE_DEAL", reasonNotes: "Entered twice by mistake.", notes: "Duplicate." },
  { key: "acme-led-services", direction: "OUTBOUND", dealType: "PARTNER_LED", ...services, status: "NEGOTIATED", name: "Alpenbank landing zone", location: "DE", value: [8_800_000, "EUR"], closeInDays: 14, customer: "alpenbank", solutions: ["nimbus-k8s"], team: [P.uma], createdDaysAgo: 40, notes: "Landing zone and security baseline for the retail bank." },
  // ---- Outbound: co-sell
  { key: "acme-co-requested", direction: "OUTBOUND", dealType: "CO_SELL", status: "CREATED", name: "Umbrella Health patient data platform", location: "US", value: [15_000_000, "USD"], closeInDays: 90, customer: "umbrella", solutions: ["acme-insights", "nimbus-dw"], team: [P.lena, P.ugo], createdDaysAgo: 2, coSell: { state: "REQUESTED", requestedDaysAgo: 2, help: ["Architecture review", "Pricing assistance"] }, notes: "HIPAA-compliant data platform; provider architect needed.", favorites: ["lead@acme.example"] },
  { key: "acme-co-requested-2", direction: "OUTBOUND", dealType: "CO_SELL", status: "QUALIFIED", name: "Sonnenberg brewery IoT", location: "DE", value: [3_600_000, "EUR"], closeInDays: 60, customer: "sonnenberg", solutions: ["acme-insights"], team: [P.uma], createdDaysAgo: 11, coSell: { state: "REQUESTED", requestedDaysAgo: 11, help: ["Business presentation"] }, notes: "Fermentation tank sensors; request pending for 11 days." },
  { key: "acme-co-joined", direction: "OUTBOUND", dealType: "CO_SELL", status: "QUALIFIED", name: "Tyrell Biotech genomics pipeline", location: "US", value: [21_000_000, "USD"], closeInDays: 70, customer: "tyrell", solutions: ["acme-insights", "nimbus-ai"], team: [P.lena, P.mia], createdDaysAgo: 20, coSell: { state: "JOINED", requestedDaysAgo: 19, help: ["Technical consultation"] }, notes: "Sam joined; joint workshop planned.", crmId: "SF-10288" },
  { key: "acme-co-declined", direction: "OUTBOUND", dealType: "CO_SELL", status: "NEGOTIATED", name: "Soylent Foods supply chain", location: "US", value: [4_800_000, "USD"], closeInDays: 12, customer: "soylent", solutions: ["acme-migration"], team: [P.ugo], createdDaysAgo: 35, coSell: { state: "DECLINED", requestedDaysAgo: 33, help: ["Deal support"] }, notes: "Provider declined: deal too small for the account team." },
  { key: "acme-co-lapsed", direction: "OUTBOUND", dealType: "CO_SELL", status: "DEVELOPED", name: "Elbtal Logistik warehouse vision", location: "DE", value: [2_900_000, "EUR"], closeInDays: 45, customer: "elbtal", solutions: ["acme-insights"], team: [P.uma], createdDaysAgo: 28, coSell: { state: "LAPSED", requestedDaysAgo: 27, help: ["Competitive information"] }, notes: "No answer from the provider within 14 days." },
  { key: "acme-co-won-validation", direction: "OUTBOUND", dealType: "CO_SELL", status: "WON", name: "Globex GmbH SAP migration", location: "DE", value: [38_000_000, "EUR"], closeInDays: -8, customer: "globex-de", solutions: ["acme-migration", "nimbus-k8s"], team: [P.uma, P.lena], createdDaysAgo: 80, wonAfterHours: 24 * 72, coSell: { state: "JOINED", requestedDaysAgo: 78, help: ["Architecture review"] }, registration: { status: "IN_VALIDATION" }, notes: "SAP landscape migration, joint win with Sam.", favorites: ["lead@acme.example"] },
  { key: "acme-co-won-action", direction: "OUTBOUND", dealType: "CO_SELL", status: "WON", name: "Cyberdyne edge fleet", location: "US", value: [6_200_000, "USD"], closeInDays: -15, customer: "cyberdyne", solutions: ["acme-insights"], team: [P.lena], createdDaysAgo: 90, wonAfterHours: 24 * 70, coSell: { state: "JOINED", requestedDaysAgo: 88 }, providerMarkedWon: true, registration: { status: "ACTION_REQUIRED", errors: ["Attach the signed order form", "The customer's provider account ID is missing"] }, notes: "Fleet of 2,000 edge devices." },
  { key: "acme-co-lost", direction: "OUTBOUND", dealType: "CO_SELL", status: "LOST", name: "Massive Dynamic research cluster", location: "US", value: [11_000_000, "USD"], closeInDays: -20, customer: "massive", solutions: ["nimbus-k8s"], team: [P.mia], createdDaysAgo: 65, coSell: { state: "JOINED", requestedDaysAgo: 64 }, lostReason: "LOST_TO_COMPETITOR", reasonNotes: "Customer stayed on-premises with a competitor.", notes: "HPC cluster for research." },
  // ---- Outbound: P2P (the invitees' inbound deals follow below)
  { key: "acme-p2p-1", direction: "OUTBOUND", dealType: "P2P", status: "CREATED", name: "Wayne Retail streaming loyalty", location: "US", value: [8_000_000, "USD"], closeInDays: 65, customer: "wayne", solutions: ["acme-insights"], team: [P.lena, P.ugo], createdDaysAgo: 5, notes: "Real-time loyalty offers; Bolt brings streaming, Partner 01 security.", visible: true },
  { key: "acme-p2p-2", direction: "OUTBOUND", dealType: "P2P", status: "PROPOSED", name: "Fuji Logistics tracking portal", location: "US", value: [5_000_000, "USD"], closeInDays: 25, customer: "fuji", solutions: ["acme-migration"], team: [P.mia], createdDaysAgo: 30, notes: "Bolt accepted to deliver the analytics part." },
  { key: "bolt-p2p-1-child", org: "bolt", direction: "INBOUND", dealType: "P2P", status: "RECEIVED", parent: "acme-p2p-1", name: "Wayne Retail streaming loyalty", location: "US", value: [2_500_000, "USD"], closeInDays: 65, customer: "wayne", solutions: ["bolt-stream"], team: [], createdDaysAgo: 5, sender: { org: "acme", user: "lead@acme.example", contacts: [P.lena] }, helpWanted: ["SOLUTION_DESIGN", "DEPLOYMENT_SERVICES"], notes: "Bring your streaming expertise for the loyalty engine.", visible: true },
  { key: "p01-p2p-1-child", org: "partner01", direction: "INBOUND", dealType: "P2P", status: "ACCEPTED", parent: "acme-p2p-1", name: "Wayne Retail streaming loyalty", location: "US", value: [1_200_000, "USD"], closeInDays: 65, customer: "wayne", solutions: ["p01-sec"], team: [P.p01], createdDaysAgo: 5, sender: { org: "acme", user: "lead@acme.example", contacts: [P.ugo] }, helpWanted: ["PROOF_OF_CONCEPT"], notes: "Security review of the offer engine.", visible: true },
  { key: "bolt-p2p-2-child", org: "bolt", direction: "INBOUND", dealType: "P2P", status: "DEVELOPED", parent: "acme-p2p-2", name: "Fuji Logistics tracking portal", location: "US", value: [1_500_000, "USD"], closeInDays: 25, customer: "fuji", solutions: ["bolt-stream"], team: [P.bob], createdDaysAgo: 30, sender: { org: "acme", user: "manager@acme.example", contacts: [P.mia] }, helpWanted: ["IMPLEMENTATION_AND_CHANGE_MANAGEMENT"], notes: "Analytics dashboards for shipment tracking." },
  // ---- Inbound to Acme from the provider seller
  { key: "acme-in-received", direction: "INBOUND", dealType: "PARTNER_LED", status: "RECEIVED", name: "Vandelay import analytics", location: "US", value: [4_500_000, "USD"], closeInDays: 80, customer: "vandelay", solutions: ["nimbus-dw"], team: [], createdDaysAgo: 4, sender: sam(), notes: "Customer asked for a partner with retail analytics references." },
  { key: "acme-in-expiring", direction: "INBOUND", dealType: "CO_SELL", status: "RECEIVED", name: "Kyoto Textiles e-commerce replatform", location: "US", value: [52_000_000, "JPY"], closeInDays: 100, customer: "kyoto", solutions: ["nimbus-fn"], team: [], createdDaysAgo: 13, receivedHoursAgo: 13 * 24 + 4, coSell: { state: "JOINED", requestedDaysAgo: 13 }, sender: sam(), notes: "Expires tomorrow: needs an answer today.", favorites: ["lead@acme.example"] },
  { key: "acme-in-accepted", direction: "INBOUND", dealType: "PARTNER_LED", status: "QUALIFIED", name: "Prestige Worldwide event ticketing", location: "US", value: [3_200_000, "USD"], closeInDays: 55, customer: "prestige", solutions: ["nimbus-fn"], team: [P.ugo, P.nora], createdDaysAgo: 18, sender: sam(), notes: "Accepted; discovery call done." },
  { key: "acme-in-accepted-de", direction: "INBOUND", dealType: "PARTNER_LED", status: "ACCEPTED", name: "Schwarzwald Uhren online shop", location: "DE", value: [2_400_000, "EUR"], closeInDays: 70, customer: "schwarzwald", solutions: ["nimbus-fn", "contoso-crm"], team: [P.uma], createdDaysAgo: 7, sender: sam(), notes: "Accepted yesterday; kick-off next week." },
  { key: "acme-in-declined", direction: "INBOUND", dealType: "PARTNER_LED", status: "DECLINED", name: "Hokkaido Dairy ERP rollout", location: "US", value: [2_000_000, "USD"], closeInDays: 40, customer: "hokkaido", solutions: ["northwind-erp"], team: [], createdDaysAgo: 9, sender: sam(), declineReason: "NO_CAPACITY", reasonNotes: "No ERP consultants free this quarter.", notes: "ERP rollout for 12 plants." },
  { key: "acme-in-expired", direction: "INBOUND", dealType: "PARTNER_LED", status: "EXPIRED", name: "Dunder Mifflin document archive", location: "US", value: [900_000, "USD"], closeInDays: 30, customer: "dunder", solutions: ["nimbus-dw"], team: [], createdDaysAgo: 20, sender: sam(), notes: "Archive 30 years of invoices." },
  // ---- Inbound to Acme from Bolt (P2P) and Bolt's own outbound deal
  { key: "bolt-p2p-out", org: "bolt", direction: "OUTBOUND", dealType: "P2P", status: "QUALIFIED", name: "Spree Medien streaming archive", location: "US", value: [4_000_000, "USD"], closeInDays: 60, customer: "spree", solutions: ["bolt-stream"], team: [P.bob], createdDaysAgo: 6, notes: "Video archive analytics; Acme invited for the migration." },
  { key: "acme-in-p2p", direction: "INBOUND", dealType: "P2P", status: "RECEIVED", parent: "bolt-p2p-out", name: "Spree Medien streaming archive", location: "US", value: [1_800_000, "USD"], closeInDays: 60, customer: "spree", solutions: ["acme-migration"], team: [], createdDaysAgo: 6, sender: { org: "bolt", user: "lead@bolt.example", contacts: [P.bob] }, helpWanted: ["DEPLOYMENT_SERVICES"], notes: "Migrate 2 PB of video archive." },
  // ---- Solution assessments (Acme is approved)
  { key: "acme-sa-created", direction: "OUTBOUND", dealType: "SOLUTION_ASSESSMENT", status: "CREATED", name: "Initech infrastructure assessment", location: "US", value: [2_500_000, "USD"], closeInDays: 35, customer: "initech", solutions: ["sa-infra"], team: [P.lena, P.ugo], createdDaysAgo: 1, assessmentLocation: "US", contact: { name: "Kai Kim", email: "kai.kim@initech.example", phone: "+1 512 555 0142", notes: "CTO; prefers morning calls." }, notes: "Inventory of 600 VMs before migration planning." },
  { key: "acme-sa-collect", direction: "OUTBOUND", dealType: "SOLUTION_ASSESSMENT", status: "COLLECT_DATA", name: "Alpenbank data estate assessment", location: "DE", value: [3_000_000, "EUR"], closeInDays: 28, customer: "alpenbank", solutions: ["sa-data"], team: [P.uma], createdDaysAgo: 21, assessmentLocation: "DE", contact: { name: "Greta Gruber", email: "greta.gruber@alpenbank.example", phone: "+49 711 555 0190", notes: "Head of data; needs the report for the board in Q2." }, notes: "Letter of engagement signed; collectors deployed.", favorites: ["user@acme.example"] },
  { key: "acme-sa-present", direction: "INBOUND", dealType: "SOLUTION_ASSESSMENT", status: "PRESENT_TO_CUSTOMER", name: "Osaka Precision modernisation assessment", location: "US", value: [4_100_000, "USD"], closeInDays: 10, customer: "osaka", solutions: ["sa-appmod"], team: [P.lena, P.mia], createdDaysAgo: 32, sender: sam(), assessmentLocation: "US", contact: { name: "Haruto Sato", email: "h.sato@osaka-precision.example", phone: "+81 6 5555 0101", notes: "IT director; Japanese or English." }, notes: "Sent by Sam; report presented, waiting for the customer's go." },
  { key: "acme-sa-won", direction: "OUTBOUND", dealType: "SOLUTION_ASSESSMENT", status: "WON", name: "Nordlicht security assessment", location: "DE", value: [2_200_000, "EUR"], closeInDays: -12, customer: "nordlicht", solutions: ["sa-security"], team: [P.uma, P.lena], createdDaysAgo: 50, wonAfterHours: 24 * 38, assessmentLocation: "DE", contact: { name: "Jonas Becker", email: "j.becker@nordlicht.example", phone: "+49 40 555 0177", notes: "CISO." }, notes: "Report presented; remediation project follows." },
];

/** The status path a deal walked, for its history rows. */
function path(d: DealSeed): Status[] {
  const ordinary: Status[] = ["QUALIFIED", "DEVELOPED", "PROPOSED", "NEGOTIATED"];
  const assessment: Status[] = ["SECURE_CUSTOMER_LOE", "COLLECT_DATA", "PREPARE_REPORT", "PRESENT_TO_CUSTOMER"];
  const start: Status[] = d.direction === "INBOUND" ? ["RECEIVED", "ACCEPTED"] : ["CREATED"];
  if (d.status === "RECEIVED" || d.status === "CREATED") return [d.status];
  if (d.status === "DECLINED" || d.status === "EXPIRED") return ["RECEIVED", d.status];
  const stages = d.dealType === "SOLUTION_ASSESSMENT" ? assessment : ordinary;
  const target = stages.indexOf(d.status);
  if (target >= 0) return [...start, ...stages.slice(0, target + 1)];
  if (d.status === "WON" && d.dealType === "SOLUTION_ASSESSMENT") return [...start, ...assessment, "WON"];
  if (d.status === "WON") return [...start, "QUALIFIED", "PROPOSED", "WON"];
  return [...start, d.status];
}

export async function seedReferrals(db: Db, now = new Date()) {
  for (const c of DEMO_CUSTOMERS) {
    await db.customerAccount.upsert({
      where: { id: customerId(c.key) },
      create: {
        id: customerId(c.key),
        name: c.name,
        countryCode: c.country,
        city: c.city,
        postalCode: c.postal,
        management: c.management,
        duns: c.duns ?? null,
        federal: c.federal ?? false,
      },
      update: {},
    });
  }
  for (const s of DEMO_SOLUTIONS) {
    await db.solution.upsert({
      where: { id: solutionId(s.key) },
      create: {
        id: solutionId(s.key),
        name: s.name,
        kind: s.kind,
        publisherOrganizationId: s.publisher ? orgId(s.publisher) : null,
        ipCoSellEligible: s.eligible ?? false,
      },
      update: {},
    });
  }
  const month = (offset: number) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + offset, 1));
    return d;
  };
  const rates: [number, string, string][] = [
    [-1, "EUR", "1.0790"],
    [-1, "JPY", "0.00671"],
    [-1, "GBP", "1.2650"],
    [0, "EUR", "1.0850"],
    [0, "JPY", "0.00665"],
    [0, "GBP", "1.2710"],
  ];
  for (const [offset, currency, usdRate] of rates) {
    const m = month(offset);
    await db.exchangeRate.upsert({
      where: { month_currency: { month: m, currency } },
      create: { id: demoId(`rate:${m.toISOString().slice(0, 7)}:${currency}`), month: m, currency, usdRate, updatedById: userId("admin@nimbus.example") },
      update: {},
    });
  }

  const customers = new Map(DEMO_CUSTOMERS.map((c) => [c.key, c]));
  // Parents first (P2P children reference them).
  const ordered = [...DEMO_DEALS.filter((d) => !d.parent), ...DEMO_DEALS.filter((d) => d.parent)];
  for (const d of ordered) {
    const id = dealId(d.key);
    if (await db.deal.findUnique({ where: { id }, select: { id: true } })) continue;
    const org = d.org ?? "acme";
    const customer = customers.get(d.customer)!;
    const createdAt = new Date(now.getTime() - d.createdDaysAgo * DAY);
    const receivedAt = d.direction === "INBOUND" ? new Date(now.getTime() - (d.receivedHoursAgo ?? d.createdDaysAgo * 24) * HOUR) : null;
    const expiresAt = receivedAt ? inboundDealExpiresAt(receivedAt) : null;
    const wonAt = d.status === "WON" ? new Date(createdAt.getTime() + (d.wonAfterHours ?? 24 * 20) * HOUR) : null;
    const terminal = ["WON", "LOST", "DECLINED", "EXPIRED", "ERROR"].includes(d.status);
    const closedAt = wonAt ?? (d.status === "EXPIRED" ? expiresAt : terminal ? new Date(now.getTime() - Math.max(1, Math.floor(d.createdDaysAgo / 3)) * DAY) : null);
    const requestedAt = d.coSell ? new Date(now.getTime() - d.coSell.requestedDaysAgo * DAY) : null;
    const decidedAt = d.coSell && d.coSell.state !== "REQUESTED" ? new Date(requestedAt!.getTime() + (d.coSell.state === "LAPSED" ? 14 * DAY : 2 * DAY)) : null;
    const visible = d.dealType === "PRIVATE" ? false : d.dealType === "P2P" ? d.visible === true : true;
    const close = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + d.closeInDays * DAY);
    const ownerOrg = orgId(org);
    const seller = userId("seller@nimbus.example");
    const data: Prisma.DealUncheckedCreateInput = {
      id,
      organizationId: ownerOrg,
      direction: d.direction,
      dealType: d.dealType,
      program: d.program ?? "IP_CO_SELL",
      status: d.status,
      name: d.name,
      location: d.location,
      estimatedValueMinor: BigInt(d.value[0]),
      currency: d.value[1],
      estimatedCloseDate: close,
      crmId: d.crmId ?? null,
      partnerRole: d.partnerRole ?? null,
      solutionArea: d.program === "SERVICES_CO_SELL" ? "Infrastructure" : "Data and AI",
      solutionPlay: d.program === "SERVICES_CO_SELL" ? "Landing zones" : "Analytics",
      notes: d.notes,
      marketplaceIntent: (d.program ?? "IP_CO_SELL") === "IP_CO_SELL" ? (d.dealType === "CO_SELL" ? "YES" : "UNDECIDED") : null,
      customerAccountId: customerId(customer.key),
      customerName: customer.name,
      customerCountryCode: customer.country,
      customerCity: customer.city,
      customerPostalCode: customer.postal,
      customerDuns: customer.duns ?? null,
      customerManagement: customer.management,
      contactName: d.contact?.name ?? null,
      contactEmail: d.contact?.email ?? null,
      contactPhone: d.contact?.phone ?? null,
      contactConsent: d.contact !== undefined,
      contactNotes: d.contact?.notes ?? null,
      visibleToProvider: visible,
      helpFromProvider: d.coSell?.help ?? (d.dealType === "CO_SELL" ? ["Co-sell support"] : []),
      coSellRequestState: d.coSell?.state ?? null,
      coSellRequestedAt: requestedAt,
      coSellDecidedAt: decidedAt,
      providerSellerId: d.coSell?.state === "JOINED" ? seller : null,
      providerMarkedWonAt: d.providerMarkedWon ? wonAt : null,
      providerMarkedWonById: d.providerMarkedWon ? seller : null,
      senderOrganizationId: d.sender ? orgId(d.sender.org) : null,
      senderUserId: d.sender ? userId(d.sender.user) : null,
      senderContacts: (d.sender?.contacts ?? []).map((c) => ({ name: c.name, email: c.email, phone: c.phone })),
      helpWanted: d.helpWanted ?? [],
      receivedAt,
      expiresAt,
      acceptedAt: receivedAt && !["RECEIVED", "DECLINED", "EXPIRED"].includes(d.status) ? new Date(receivedAt.getTime() + 20 * HOUR) : null,
      wonAt,
      closedAt,
      declineReason: d.declineReason ?? null,
      declineNotes: d.declineReason ? (d.reasonNotes ?? null) : null,
      lostReason: d.lostReason ?? null,
      lostNotes: d.lostReason ? (d.reasonNotes ?? null) : null,
      errorReason: d.errorReason ?? null,
      errorNotes: d.errorReason ? (d.reasonNotes ?? null) : null,
      parentDealId: d.parent ? dealId(d.parent) : null,
      assessmentLocation: d.assessmentLocation ?? null,
      createdById: d.sender ? userId(d.sender.user) : d.team[0] ? userId(d.team[0].email) : null,
      createdAt,
    };
    const users = await db.user.findMany({ where: { email: { in: d.team.map((m) => m.email) } }, select: { id: true, email: true, organizationId: true } });
    const byEmail = new Map(users.filter((u) => u.organizationId === ownerOrg).map((u) => [u.email, u.id]));
    await db.$transaction(async (tx) => {
      await tx.deal.create({
        data: {
          ...data,
          team: { create: d.team.map((m) => ({ id: demoId(`deal-team:${d.key}:${m.email}`), userId: byEmail.get(m.email) ?? null, name: m.name, email: m.email, phone: m.phone })) },
          solutions: { create: d.solutions.map((s) => ({ id: demoId(`deal-solution:${d.key}:${s}`), solutionId: solutionId(s) })) },
        },
      });
      const steps = path(d);
      const actor = d.sender ? userId(d.sender.user) : d.team[0] ? userId(d.team[0].email) : null;
      const span = Math.max(1, (wonAt ?? closedAt ?? now).getTime() - createdAt.getTime());
      await tx.historyEntry.createMany({
        data: steps.map((status, i) => ({
          id: demoId(`deal-history:${d.key}:${i}`),
          entityType: "DEAL",
          entityId: id,
          organizationId: ownerOrg,
          actorId: status === "EXPIRED" ? null : i === 0 ? actor : d.team[0] ? (byEmail.get(d.team[0].email) ?? null) : null,
          action: i === 0 ? (status === "RECEIVED" ? "received" : "created") : ({ ACCEPTED: "accepted", DECLINED: "declined", EXPIRED: "expired", WON: "won", LOST: "lost", ERROR: "closed_as_error" } as Record<string, string>)[status] ?? "stage_marked",
          changes: [{ field: "status", from: i === 0 ? null : steps[i - 1], to: status }],
          at: new Date(createdAt.getTime() + Math.round((span * i) / Math.max(1, steps.length))),
        })),
        skipDuplicates: true,
      });
      if (d.registration) {
        await tx.dealRegistration.create({
          data: {
            id: demoId(`registration:${d.key}`),
            dealId: id,
            status: d.registration.status,
            errors: d.registration.errors ?? [],
            submittedById: actor,
            submittedAt: new Date((wonAt ?? now).getTime() + DAY),
            decidedAt: ["VALIDATED", "ACTION_REQUIRED", "REJECTED"].includes(d.registration.status) ? new Date((wonAt ?? now).getTime() + 3 * DAY) : null,
            decidedById: ["VALIDATED", "ACTION_REQUIRED", "REJECTED"].includes(d.registration.status) ? userId("admin@nimbus.example") : null,
          },
        });
      }
      for (const email of d.favorites ?? []) {
        await tx.dealFavorite.create({ data: { id: demoId(`favorite:${d.key}:${email}`), userId: userId(email), dealId: id } });
      }
    });
  }
}
