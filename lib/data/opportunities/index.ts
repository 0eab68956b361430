/**
 * ACE opportunity services (domain.md §2): the only code that reads and writes
 * opportunities. Every function takes the signed-in Actor first and composes
 * `opportunityScope(actor)`: an opportunity outside it is NotFoundError.
 *
 * Errors (lib/errors.ts): NotFoundError (invisible), ForbiddenError (visible, but the role
 * may not), InvalidTransitionError (the machine refuses; its message), ValidationError (bad
 * input, dotted paths, nothing written; BulkTransferError for bulk transfers),
 * StaleVersionError(current: the fresh OpportunityDetail) for a stale `version` or a
 * transition that lost a race.
 *
 * Every write is one transaction: a guarded `updateMany` (id + version and/or state) that
 * re-checks what was checked before, and its history row(s) (entityType OPPORTUNITY).
 * `version` increments on every write of the partner side and on review decisions; the
 * provider side (provider fields, provider team) has its own `providerVersion`.
 *
 *   listOpportunities(actor, query?)                  → OpportunityList       (1 statement; strings accepted)
 *   listOpportunitiesAfter(actor, filters, sort, after?, take) → OpportunityKeysetRow[] (REST keyset pages; 1 statement)
 *   pipelineTotals(actor, query?)                     → PipelineTotals        (1 grouped statement)
 *   exportOpportunitiesCsv(actor, query?, ids?)       → string (CSV)
 *   submittedPartnerOrganizations(actor)              → { id, name }[]         (partners with non-draft ones; 1 statement)
 *   getOpportunity(actor, id)                         → OpportunityDetail
 *   opportunityVisible(actor, id)                     → boolean               (existence check in scope)
 *   opportunityHistory(actor, id)                     → HistoryItem[]         (newest first)
 *   opportunityHistoryAfter(actor, id, after?, take)  → HistoryItem[]         (keyset page, newest first)
 *   createOpportunity(actor, body, { submit, origin?, importJobId? }) → OpportunityDetail
 *   updateOpportunity(actor, id, { ...partial body, version })        → OpportunityDetail
 *   deleteOpportunity(actor, id, version?)            → void                  (drafts only)
 *   submitOpportunity(actor, id, version?)            → OpportunityDetail
 *   reviewOpportunity(actor, id, { decision, comment? })               → OpportunityDetail
 *   changeStage(actor, id, { stage, closeDate?, providerAccountId?, closedLostReason?, version? }) → OpportunityDetail
 *   addNextStep(actor, id, { text })                  → OpportunityDetail
 *   cloneOpportunity(actor, id)                       → OpportunityDetail     (the new draft)
 *   transferOpportunity(actor, id, { assigneeId, version? })          → OpportunityDetail | null
 *   transferOpportunities(actor, { ids, assigneeId }) → { transferred }      (all or nothing)
 *   eligibleAssignees(actor)                          → AssigneeOption[]
 *   updateProviderFields(actor, id, { providerStage?, providerCloseDate?, providerClosedLostReason?, version }) → OpportunityDetail
 *   setProviderTeam(actor, id, members[] | { members, version? })     → OpportunityDetail | null
 *
 *   shareOpportunity / listShareInvitations / accept|reject|withdrawShareInvitation / listSharedWithMe /
 *   getSharedOpportunity / getSharePanel                  → sharing.ts (§2.9)
 *   requestCollaborationChannel / recordChannelCreated / archiveCollaborationChannel /
 *   join|leaveCollaborationChannel / getChannelPanel / listMyChannels / set|getChannelOptOut → channel.ts (§2.8)
 *
 * `null` = the write succeeded but the actor no longer sees the opportunity (an ACE user who
 * gave away one they did not create; a seller who removed themselves from the team).
 */
export * from "./contract";
export { BulkTransferError } from "./errors";
export {
  listOpportunities,
  listOpportunitiesAfter,
  pipelineTotals,
  submittedPartnerOrganizations,
  OpportunityListQuerySchema,
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  DEFAULT_SORT,
} from "./list";
export { exportOpportunitiesCsv, EXPORT_HEADER, MAX_EXPORT_ROWS } from "./export";
export { getOpportunity, opportunityHistory, opportunityHistoryAfter, type HistoryAfter } from "./detail";
export { opportunityVisible } from "./shared";
export { createOpportunity } from "./create";
export { updateOpportunity, deleteOpportunity } from "./edit";
export { submitOpportunity, reviewOpportunity, changeStage, addNextStep } from "./lifecycle";
export { afterReviewDecision, afterTransfer, type ReviewDecisionEvent, type TransferEvent } from "./hooks";
export { cloneOpportunity } from "./clone";
export { transferOpportunity, transferOpportunities, eligibleAssignees, MAX_BULK_TRANSFER } from "./transfer";
export { updateProviderFields, setProviderTeam, MAX_PROVIDER_TEAM } from "./provider";
export {
  shareOpportunity,
  listShareInvitations,
  listShareInvitationsAfter,
  getShareInvitation,
  acceptShareInvitation,
  rejectShareInvitation,
  withdrawShareInvitation,
  listOpportunityCollaborators,
  listSharedWithMe,
  findSharedOpportunity,
  getSharedOpportunity,
  getSharePanel,
  type CollaboratorView,
  type ReceivedShareInvitation,
  type ShareInvitationList,
  type SharedOpportunityList,
  type SharedOpportunityListItem,
  type SharedOpportunityView,
  type SharePanel,
  type PartnerOption,
  type OrgRef,
} from "./sharing";
export {
  requestCollaborationChannel,
  recordChannelCreated,
  archiveCollaborationChannel,
  joinCollaborationChannel,
  leaveCollaborationChannel,
  listMyChannels,
  channelInviteeOptions,
  getChannelPanel,
  getChannelOptOut,
  setChannelOptOut,
  type ChannelView,
  type ChannelPanel,
  type ChannelInviteeView,
  type InviteeOption,
  type MyChannel,
  type MyChannelList,
} from "./channel";
