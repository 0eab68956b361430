-- CreateEnum
CREATE TYPE "OpportunityInvitationStatus" AS ENUM ('PENDING', 'ACCEPTED', 'REJECTED', 'EXPIRED');

-- CreateEnum
CREATE TYPE "OpportunityInvitationRejectReason" AS ENUM ('CUSTOMER_PROBLEM_UNCLEAR', 'NEXT_STEPS_UNCLEAR', 'UNABLE_TO_SUPPORT', 'DUPLICATE_OF_PARTNER_REFERRAL', 'OTHER');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('OPPORTUNITY_ACTION_REQUIRED', 'OPPORTUNITY_APPROVED', 'OPPORTUNITY_REJECTED', 'OPPORTUNITY_TRANSFERRED', 'PROVIDER_REFERRAL_RECEIVED', 'PROVIDER_REFERRAL_EXPIRING', 'PROVIDER_REFERRAL_EXPIRED', 'PROVIDER_REFERRAL_ANSWERED', 'SHARE_INVITATION_RECEIVED', 'SHARE_INVITATION_ANSWERED', 'COLLABORATION_CHANNEL_REQUESTED', 'COLLABORATION_CHANNEL_CREATED', 'CO_SELL_REQUEST_ANSWERED', 'INBOUND_DEAL_RECEIVED', 'INBOUND_DEAL_EXPIRING', 'INBOUND_DEAL_ANSWERED', 'INBOUND_DEAL_EXPIRED', 'REGISTRATION_RESULT');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "OpportunityInvitation" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "partnerOrganizationId" TEXT NOT NULL,
    "recipientUserId" TEXT,
    "senderId" TEXT NOT NULL,
    "status" "OpportunityInvitationStatus" NOT NULL DEFAULT 'PENDING',
    "data" JSONB NOT NULL,
    "customerName" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "remindAt" TIMESTAMP(3) NOT NULL,
    "reminderSentAt" TIMESTAMP(3),
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "rejectReason" "OpportunityInvitationRejectReason",
    "rejectComment" TEXT,
    "opportunityId" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OpportunityInvitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "link" TEXT,
    "entityType" TEXT,
    "entityId" TEXT,
    "dedupeKey" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailMessage" (
    "id" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "toName" TEXT,
    "userId" TEXT,
    "notificationId" TEXT,
    "kind" "NotificationKind",
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "status" "EmailStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "transport" TEXT,
    "enqueuedAt" TIMESTAMP(3),
    "lockedUntil" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "EmailMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "emailMuted" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OpportunityInvitation_number_key" ON "OpportunityInvitation"("number");

-- CreateIndex
CREATE UNIQUE INDEX "OpportunityInvitation_opportunityId_key" ON "OpportunityInvitation"("opportunityId");

-- CreateIndex
CREATE INDEX "OpportunityInvitation_partnerOrganizationId_status_expiresA_idx" ON "OpportunityInvitation"("partnerOrganizationId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "OpportunityInvitation_recipientUserId_status_expiresAt_idx" ON "OpportunityInvitation"("recipientUserId", "status", "expiresAt");

-- CreateIndex
CREATE INDEX "OpportunityInvitation_senderId_sentAt_idx" ON "OpportunityInvitation"("senderId", "sentAt" DESC);

-- CreateIndex
CREATE INDEX "OpportunityInvitation_status_expiresAt_idx" ON "OpportunityInvitation"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "OpportunityInvitation_status_remindAt_idx" ON "OpportunityInvitation"("status", "remindAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_idx" ON "Notification"("userId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_entityType_entityId_idx" ON "Notification"("entityType", "entityId");

-- CreateIndex
CREATE UNIQUE INDEX "Notification_userId_dedupeKey_key" ON "Notification"("userId", "dedupeKey");

-- CreateIndex
CREATE INDEX "EmailMessage_status_createdAt_idx" ON "EmailMessage"("status", "createdAt");

-- CreateIndex
CREATE INDEX "EmailMessage_createdAt_idx" ON "EmailMessage"("createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "NotificationPreference_userId_kind_key" ON "NotificationPreference"("userId", "kind");

-- AddForeignKey
ALTER TABLE "OpportunityInvitation" ADD CONSTRAINT "OpportunityInvitation_partnerOrganizationId_fkey" FOREIGN KEY ("partnerOrganizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityInvitation" ADD CONSTRAINT "OpportunityInvitation_recipientUserId_fkey" FOREIGN KEY ("recipientUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OpportunityInvitation" ADD CONSTRAINT "OpportunityInvitation_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

