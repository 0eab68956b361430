-- CreateEnum
CREATE TYPE "DealDirection" AS ENUM ('INBOUND', 'OUTBOUND');

-- CreateEnum
CREATE TYPE "DealType" AS ENUM ('PRIVATE', 'PARTNER_LED', 'CO_SELL', 'P2P', 'SOLUTION_ASSESSMENT');

-- CreateEnum
CREATE TYPE "DealProgram" AS ENUM ('IP_CO_SELL', 'SERVICES_CO_SELL');

-- CreateEnum
CREATE TYPE "DealStatus" AS ENUM ('RECEIVED', 'CREATED', 'ACCEPTED', 'QUALIFIED', 'DEVELOPED', 'PROPOSED', 'NEGOTIATED', 'SECURE_CUSTOMER_LOE', 'COLLECT_DATA', 'PREPARE_REPORT', 'PRESENT_TO_CUSTOMER', 'WON', 'LOST', 'DECLINED', 'EXPIRED', 'ERROR');

-- CreateEnum
CREATE TYPE "DealDeclineReason" AS ENUM ('NOT_A_FIT', 'NO_CAPACITY', 'CUSTOMER_NOT_REACHABLE', 'DUPLICATE', 'INSUFFICIENT_DETAILS', 'OTHER');

-- CreateEnum
CREATE TYPE "DealLostReason" AS ENUM ('LOST_TO_COMPETITOR', 'NO_BUDGET', 'NO_DECISION', 'PRICE', 'TIMING', 'OTHER');

-- CreateEnum
CREATE TYPE "DealErrorReason" AS ENUM ('DUPLICATE_DEAL', 'WRONG_CUSTOMER', 'INCORRECT_VALUE', 'OTHER');

-- CreateEnum
CREATE TYPE "MarketplaceIntent" AS ENUM ('YES', 'NO', 'UNDECIDED');

-- CreateEnum
CREATE TYPE "DealPartnerRole" AS ENUM ('PRE_SALES_VISION', 'SOLUTION_DESIGN', 'PROOF_OF_CONCEPT', 'BUSINESS_STRATEGY', 'DEPLOYMENT_SERVICES', 'IMPLEMENTATION_AND_CHANGE_MANAGEMENT', 'TRANSACTION', 'MANAGED_SERVICES');

-- CreateEnum
CREATE TYPE "CoSellRequestState" AS ENUM ('REQUESTED', 'JOINED', 'DECLINED', 'LAPSED');

-- CreateEnum
CREATE TYPE "CustomerManagement" AS ENUM ('MANAGED', 'UNMANAGED', 'OTHER');

-- CreateEnum
CREATE TYPE "SolutionKind" AS ENUM ('OWN', 'PROVIDER', 'THIRD_PARTY', 'ASSESSMENT');

-- CreateEnum
CREATE TYPE "DealRegistrationStatus" AS ENUM ('SUBMITTED', 'IN_VALIDATION', 'VALIDATED', 'ACTION_REQUIRED', 'REJECTED');

-- CreateTable
CREATE TABLE "Deal" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "organizationId" TEXT NOT NULL,
    "direction" "DealDirection" NOT NULL,
    "dealType" "DealType" NOT NULL,
    "program" "DealProgram" NOT NULL,
    "status" "DealStatus" NOT NULL,
    "name" TEXT NOT NULL,
    "location" TEXT NOT NULL,
    "estimatedValueMinor" BIGINT NOT NULL,
    "currency" TEXT NOT NULL,
    "estimatedCloseDate" DATE NOT NULL,
    "crmId" TEXT,
    "campaignId" TEXT,
    "partnerRole" "DealPartnerRole",
    "solutionArea" TEXT,
    "solutionPlay" TEXT,
    "notes" TEXT NOT NULL DEFAULT '',
    "marketplaceIntent" "MarketplaceIntent",
    "customerAccountId" TEXT,
    "customerName" TEXT NOT NULL,
    "customerCountryCode" TEXT NOT NULL,
    "customerCity" TEXT NOT NULL DEFAULT '',
    "customerPostalCode" TEXT,
    "customerDuns" TEXT,
    "customerManagement" "CustomerManagement" NOT NULL DEFAULT 'OTHER',
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "contactConsent" BOOLEAN NOT NULL DEFAULT false,
    "contactNotes" TEXT,
    "visibleToProvider" BOOLEAN NOT NULL DEFAULT false,
    "helpFromProvider" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "coSellRequestState" "CoSellRequestState",
    "coSellRequestedAt" TIMESTAMP(3),
    "coSellDecidedAt" TIMESTAMP(3),
    "providerSellerId" TEXT,
    "providerMarkedWonAt" TIMESTAMP(3),
    "providerMarkedWonById" TEXT,
    "senderOrganizationId" TEXT,
    "senderUserId" TEXT,
    "senderContacts" JSONB NOT NULL DEFAULT '[]',
    "helpWanted" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "receivedAt" TIMESTAMP(3),
    "expiresAt" TIMESTAMP(3),
    "acceptedAt" TIMESTAMP(3),
    "wonAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "declineReason" "DealDeclineReason",
    "declineNotes" TEXT,
    "lostReason" "DealLostReason",
    "lostNotes" TEXT,
    "errorReason" "DealErrorReason",
    "errorNotes" TEXT,
    "parentDealId" TEXT,
    "assessmentLocation" TEXT,
    "createdById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Deal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealTeamMember" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealSolution" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "solutionId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealSolution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealFavorite" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DealFavorite_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerAccount" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "countryCode" TEXT NOT NULL,
    "city" TEXT NOT NULL DEFAULT '',
    "postalCode" TEXT,
    "management" "CustomerManagement" NOT NULL,
    "duns" TEXT,
    "federal" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerAccount_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Solution" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "SolutionKind" NOT NULL,
    "publisherOrganizationId" TEXT,
    "ipCoSellEligible" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Solution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExchangeRate" (
    "id" TEXT NOT NULL,
    "month" DATE NOT NULL,
    "currency" TEXT NOT NULL,
    "usdRate" DECIMAL(20,10) NOT NULL,
    "updatedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExchangeRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DealRegistration" (
    "id" TEXT NOT NULL,
    "dealId" TEXT NOT NULL,
    "status" "DealRegistrationStatus" NOT NULL,
    "errors" JSONB NOT NULL DEFAULT '[]',
    "eligibility" JSONB NOT NULL DEFAULT '[]',
    "submittedById" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DealRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Deal_number_key" ON "Deal"("number");

-- CreateIndex
CREATE INDEX "Deal_organizationId_updatedAt_idx" ON "Deal"("organizationId", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Deal_organizationId_direction_status_updatedAt_idx" ON "Deal"("organizationId", "direction", "status", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Deal_organizationId_location_idx" ON "Deal"("organizationId", "location");

-- CreateIndex
CREATE INDEX "Deal_organizationId_estimatedCloseDate_idx" ON "Deal"("organizationId", "estimatedCloseDate");

-- CreateIndex
CREATE INDEX "Deal_dealType_visibleToProvider_updatedAt_idx" ON "Deal"("dealType", "visibleToProvider", "updatedAt" DESC);

-- CreateIndex
CREATE INDEX "Deal_senderUserId_idx" ON "Deal"("senderUserId");

-- CreateIndex
CREATE INDEX "Deal_status_expiresAt_idx" ON "Deal"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Deal_coSellRequestState_coSellRequestedAt_idx" ON "Deal"("coSellRequestState", "coSellRequestedAt");

-- CreateIndex
CREATE INDEX "Deal_parentDealId_idx" ON "Deal"("parentDealId");

-- CreateIndex
CREATE INDEX "DealTeamMember_userId_idx" ON "DealTeamMember"("userId");

-- CreateIndex
CREATE INDEX "DealTeamMember_email_idx" ON "DealTeamMember"("email");

-- CreateIndex
CREATE UNIQUE INDEX "DealTeamMember_dealId_email_key" ON "DealTeamMember"("dealId", "email");

-- CreateIndex
CREATE INDEX "DealSolution_solutionId_idx" ON "DealSolution"("solutionId");

-- CreateIndex
CREATE UNIQUE INDEX "DealSolution_dealId_solutionId_key" ON "DealSolution"("dealId", "solutionId");

-- CreateIndex
CREATE INDEX "DealFavorite_dealId_idx" ON "DealFavorite"("dealId");

-- CreateIndex
CREATE UNIQUE INDEX "DealFavorite_userId_dealId_key" ON "DealFavorite"("userId", "dealId");

-- CreateIndex
CREATE INDEX "CustomerAccount_management_countryCode_name_idx" ON "CustomerAccount"("management", "countryCode", "name");

-- CreateIndex
CREATE INDEX "CustomerAccount_name_idx" ON "CustomerAccount"("name");

-- CreateIndex
CREATE INDEX "CustomerAccount_duns_idx" ON "CustomerAccount"("duns");

-- CreateIndex
CREATE INDEX "Solution_kind_name_idx" ON "Solution"("kind", "name");

-- CreateIndex
CREATE INDEX "Solution_publisherOrganizationId_idx" ON "Solution"("publisherOrganizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ExchangeRate_month_currency_key" ON "ExchangeRate"("month", "currency");

-- CreateIndex
CREATE UNIQUE INDEX "DealRegistration_dealId_key" ON "DealRegistration"("dealId");

-- CreateIndex
CREATE INDEX "DealRegistration_status_submittedAt_idx" ON "DealRegistration"("status", "submittedAt");

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_customerAccountId_fkey" FOREIGN KEY ("customerAccountId") REFERENCES "CustomerAccount"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_senderOrganizationId_fkey" FOREIGN KEY ("senderOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deal" ADD CONSTRAINT "Deal_parentDealId_fkey" FOREIGN KEY ("parentDealId") REFERENCES "Deal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealTeamMember" ADD CONSTRAINT "DealTeamMember_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealSolution" ADD CONSTRAINT "DealSolution_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealSolution" ADD CONSTRAINT "DealSolution_solutionId_fkey" FOREIGN KEY ("solutionId") REFERENCES "Solution"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealFavorite" ADD CONSTRAINT "DealFavorite_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealFavorite" ADD CONSTRAINT "DealFavorite_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Solution" ADD CONSTRAINT "Solution_publisherOrganizationId_fkey" FOREIGN KEY ("publisherOrganizationId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DealRegistration" ADD CONSTRAINT "DealRegistration_dealId_fkey" FOREIGN KEY ("dealId") REFERENCES "Deal"("id") ON DELETE CASCADE ON UPDATE CASCADE;

