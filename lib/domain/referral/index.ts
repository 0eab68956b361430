/** Co-sell referrals (domain.md §4): picklists, lifecycle, sale types, co-sell requests, schemas, registration. */
export * from "./picklists";
export * from "./lifecycle";
export * from "./deal-lifecycle";
export * from "./machine";
export * from "./deal-type";
export * from "./co-sell-request";
export * from "./reach";
export * from "./editability";
export * from "./fields";
export * from "./schemas";
export * from "./registration";
export * from "./labels";
