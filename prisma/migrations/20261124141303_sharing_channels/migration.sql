-- CreateEnum
CREATE TYPE "ShareInvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "CollaborationChannelStatus" AS ENUM ('REQUESTED', 'CREATED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ChannelInviteeStatus" AS ENUM ('PENDING', 'JOINED', 'LEFT');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "channelInvitationsOptOut" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "ShareInvitation" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "invitingOrganizationId" TEXT NOT NULL,
    "invitedOrganizationId" TEXT NOT NULL,
    "invitedById" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "fields" TEXT[],
    "status" "ShareInvitationStatus" NOT NULL DEFAULT 'PENDING',
    "answeredById" TEXT,
    "answeredAt" TIMESTAMP(3),
    "withdrawnById" TEXT,
    "withdrawnAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ShareInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationChannel" (
    "id" TEXT NOT NULL,
    "opportunityId" TEXT NOT NULL,
    "status" "CollaborationChannelStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "name" TEXT,
    "url" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3),
    "archivedById" TEXT,
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollaborationChannel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CollaborationChannelInvitee" (
    "id" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "status" "ChannelInviteeStatus" NOT NULL DEFAULT 'PENDING',
    "joinedAt" TIMESTAMP(3),
    "leftAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "CollaborationChannelInvitee_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ShareInvitation_invitedOrganizationId_status_createdAt_idx" ON "ShareInvitation"("invitedOrganizationId", "status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ShareInvitation_opportunityId_status_idx" ON "ShareInvitation"("opportunityId", "status");

-- CreateIndex
CREATE INDEX "CollaborationChannel_opportunityId_requestedAt_idx" ON "CollaborationChannel"("opportunityId", "requestedAt" DESC);

-- CreateIndex
CREATE INDEX "CollaborationChannelInvitee_userId_idx" ON "CollaborationChannelInvitee"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "CollaborationChannelInvitee_channelId_userId_key" ON "CollaborationChannelInvitee"("channelId", "userId");

-- AddForeignKey
ALTER TABLE "ShareInvitation" ADD CONSTRAINT "ShareInvitation_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareInvitation" ADD CONSTRAINT "ShareInvitation_invitingOrganizationId_fkey" FOREIGN KEY ("invitingOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShareInvitation" ADD CONSTRAINT "ShareInvitation_invitedOrganizationId_fkey" FOREIGN KEY ("invitedOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationChannel" ADD CONSTRAINT "CollaborationChannel_opportunityId_fkey" FOREIGN KEY ("opportunityId") REFERENCES "Opportunity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationChannelInvitee" ADD CONSTRAINT "CollaborationChannelInvitee_channelId_fkey" FOREIGN KEY ("channelId") REFERENCES "CollaborationChannel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CollaborationChannelInvitee" ADD CONSTRAINT "CollaborationChannelInvitee_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


CREATE UNIQUE INDEX "ShareInvitation_open_per_org_key" ON "ShareInvitation"("opportunityId", "invitedOrganizationId") WHERE "status" IN ('PENDING', 'ACCEPTED');

-- §2.8: one open (REQUESTED or CREATED) collaboration channel per opportunity.
CREATE UNIQUE INDEX "CollaborationChannel_open_per_opportunity_key" ON "CollaborationChannel"("opportunityId") WHERE "status" IN ('REQUESTED', 'CREATED');
