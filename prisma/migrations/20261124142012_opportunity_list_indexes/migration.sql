-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "pg_trgm";

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_customerName_idx" ON "Opportunity"("organizationId", "customerName");

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_title_idx" ON "Opportunity"("organizationId", "title");

-- CreateIndex
CREATE INDEX "Opportunity_customerName_trgm_idx" ON "Opportunity" USING GIN ("customerName" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Opportunity_title_trgm_idx" ON "Opportunity" USING GIN ("title" gin_trgm_ops);

