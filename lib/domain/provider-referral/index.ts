/** Provider referrals to partners (domain.md §3): invitation lifecycle, reject reasons, pre-acceptance fields. */
export * from "./invitation";
export * from "./pre-acceptance";
export * from "./labels";
