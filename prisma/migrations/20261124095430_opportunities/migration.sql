-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'IN_REVIEW', 'APPROVED', 'ACTION_REQUIRED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SalesStage" AS ENUM ('PROSPECT', 'QUALIFIED', 'TECHNICAL_VALIDATION', 'BUSINESS_VALIDATION', 'COMMITTED', 'LAUNCHED', 'CLOSED_LOST');

-- CreateEnum
CREATE TYPE "OpportunityOrigin" AS ENUM ('PARTNER_CREATED', 'PROVIDER_REFERRAL', 'BULK_IMPORT');

-- CreateEnum
CREATE TYPE "ProviderTeamRole" AS ENUM ('SALES_REP', 'ACCOUNT_MANAGER', 'PDM', 'WWPS_PDM', 'PSM', 'ISM');

-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('RUNNING', 'DONE', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportMode" AS ENUM ('VALID_ROWS', 'ALL_OR_NOTHING');

-- CreateTable
CREATE TABLE "Opportunity" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "stage" "SalesStage" NOT NULL DEFAULT 'PROSPECT',
    "origin" "OpportunityOrigin" NOT NULL DEFAULT 'PARTNER_CREATED',
    "ownerId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "customerName" TEXT NOT NULL DEFAULT '',
    "title" TEXT NOT NULL DEFAULT '',
    "countryCode" TEXT,
    "targetCloseDate" DATE,
    "expectedMonthlyRevenueMinor" BIGINT,
    "currency" TEXT,
    "partnerCrmId" TEXT,
    "parentOpportunityId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "firstSubmittedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "closeDate" DATE,
    "closedLostReason" TEXT,
    "latestNextStep" TEXT,
    "providerStage" TEXT,
    "providerCloseDate" DATE,
    "providerClosedLostReason" TEXT,
    "providerVersion" INTEGER NOT NULL DEFAULT 1,
    "importJobId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewComment" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewComment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NextStep" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NextStep_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProviderTeamMember" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "role" "ProviderTeamRole" NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProviderTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportJob" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "fileName" TEXT NOT NULL DEFAULT '',
    "fileHash" TEXT NOT NULL,
    "mode" "ImportMode" NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'RUNNING',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "message" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "ImportJob_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_number_key" ON "Opportunity"("number");

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_updatedAt_idx" ON "Opportunity"("organizationId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_status_updatedAt_idx" ON "Opportunity"("organizationId", "status", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_stage_updatedAt_idx" ON "Opportunity"("organizationId", "stage", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_ownerId_updatedAt_idx" ON "Opportunity"("organizationId", "ownerId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_targetCloseDate_idx" ON "Opportunity"("organizationId", "targetCloseDate");

-- CreateIndex
CREATE INDEX "Opportunity_createdById_idx" ON "Opportunity"("createdById");

-- CreateIndex
CREATE INDEX "Opportunity_status_submittedAt_idx" ON "Opportunity"("status", "submittedAt");

-- CreateIndex
CREATE INDEX "Opportunity_firstSubmittedAt_idx" ON "Opportunity"("firstSubmittedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_organizationId_partnerCrmId_key" ON "Opportunity"("organizationId", "partnerCrmId");

-- CreateIndex
CREATE INDEX "ReviewComment_opportunityId_createdAt_idx" ON "ReviewComment"("opportunityId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "NextStep_opportunityId_createdAt_idx" ON "NextStep"("opportunityId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ProviderTeamMember_opportunityId_idx" ON "ProviderTeamMember"("opportunityId");

-- CreateIndex
CREATE INDEX "ProviderTeamMember_userId_idx" ON "ProviderTeamMember"("userId");

-- CreateIndex
CREATE INDEX "ImportJob_organizationId_fileHash_idx" ON "ImportJob"("organizationId", "fileHash");

-- CreateIndex
CREATE INDEX "ImportJob_organizationId_createdAt_idx" ON "ImportJob"("organizationId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewComment" ADD CONSTRAINT "ReviewComment_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NextStep" ADD CONSTRAINT "NextStep_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProviderTeamMember" ADD CONSTRAINT "ProviderTeamMember_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

