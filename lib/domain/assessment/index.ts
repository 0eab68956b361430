/** Solution assessments (domain.md §5): stages, machine, labels. */
export * from "./machine";
export * from "./labels";
