-- Indexes schema.prisma cannot express (partial unique indexes). Each is created by a
-- migration too; tests/integration/migrations.test.ts applies this file to the database
-- built from schema.prisma, so the comparison with the migrated database stays exact.

-- §2.9: at most one PENDING or ACCEPTED share invitation per (opportunity, invited organisation).
CREATE UNIQUE INDEX "ShareInvitation_open_per_org_key" ON "ShareInvitation"("opportunityId", "invitedOrganizationId") WHERE "status" IN ('PENDING', 'ACCEPTED');

-- §2.8: one open (REQUESTED or CREATED) collaboration channel per opportunity.
CREATE UNIQUE INDEX "CollaborationChannel_open_per_opportunity_key" ON "CollaborationChannel"("opportunityId") WHERE "status" IN ('REQUESTED', 'CREATED');
