-- CreateEnum
CREATE TYPE "MembershipRequestStatus" AS ENUM ('PENDING', 'APPROVED', 'REFUSED');

-- CreateEnum
CREATE TYPE "ReviewRecommendation" AS ENUM ('PASS', 'FAIL');

-- CreateEnum
CREATE TYPE "RevocationStatus" AS ENUM ('OPEN', 'COMPLETED');

-- AlterEnum
ALTER TYPE "ApplicationStatus" ADD VALUE 'NOT_RECOMMENDED';

-- AlterEnum
ALTER TYPE "RecommendationDecision" ADD VALUE 'DECLINED';

-- AlterEnum
BEGIN;
CREATE TYPE "RevocationReason_new" AS ENUM ('VIOLATION_VERIFIED', 'FAILED_SPOT_CHECK');
ALTER TABLE "Revocation" ALTER COLUMN "reason" TYPE "RevocationReason_new" USING ("reason"::text::"RevocationReason_new");
ALTER TYPE "RevocationReason" RENAME TO "RevocationReason_old";
ALTER TYPE "RevocationReason_new" RENAME TO "RevocationReason";
DROP TYPE "RevocationReason_old";
COMMIT;

-- DropForeignKey
ALTER TABLE "Accreditation" DROP CONSTRAINT "Accreditation_applicationId_fkey";

-- DropForeignKey
ALTER TABLE "Revocation" DROP CONSTRAINT "Revocation_decidedById_fkey";

-- AlterTable
ALTER TABLE "Accreditation" ADD COLUMN     "imported" BOOLEAN NOT NULL DEFAULT false,
ALTER COLUMN "applicationId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "declarationAcceptedAt" TIMESTAMP(3),
ADD COLUMN     "factsSavedAt" TIMESTAMP(3),
ADD COLUMN     "qualityAssurance" BOOLEAN,
ADD COLUMN     "reasonableFees" BOOLEAN,
ADD COLUMN     "reputation" BOOLEAN,
ADD COLUMN     "soundManagementTeam" BOOLEAN,
ADD COLUMN     "soundOperation" BOOLEAN;

-- AlterTable
ALTER TABLE "ApplicationFunction" ADD COLUMN     "strongCoaching" BOOLEAN;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "endReason" TEXT;

-- AlterTable
ALTER TABLE "Objection" ADD COLUMN     "lodgedFromIp" TEXT,
ADD COLUMN     "receiptNumber" TEXT NOT NULL;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "cityCode" TEXT,
ADD COLUMN     "provinceCode" TEXT;

-- AlterTable
ALTER TABLE "ReviewScore" ALTER COLUMN "score" SET DATA TYPE DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "ReviewerAssignment" ADD COLUMN     "attestationVerdicts" JSONB,
ADD COLUMN     "comment" TEXT,
ADD COLUMN     "recommendation" "ReviewRecommendation",
ADD COLUMN     "recusedAt" TIMESTAMP(3),
ADD COLUMN     "weightedScore" DOUBLE PRECISION;

-- AlterTable
ALTER TABLE "Revocation" DROP COLUMN "reasonText",
ADD COLUMN     "description" TEXT NOT NULL,
ADD COLUMN     "openedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "status" "RevocationStatus" NOT NULL DEFAULT 'COMPLETED',
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1,
ALTER COLUMN "evidence" DROP NOT NULL,
ALTER COLUMN "effectiveOn" DROP NOT NULL,
ALTER COLUMN "decidedById" DROP NOT NULL,
ALTER COLUMN "decidedAt" DROP NOT NULL,
ALTER COLUMN "decidedAt" DROP DEFAULT;

-- AlterTable
ALTER TABLE "SpotCheck" ADD COLUMN     "evidenceRequest" TEXT,
ADD COLUMN     "evidenceRequestedAt" TIMESTAMP(3),
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "MembershipRequest" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "note" TEXT,
    "status" "MembershipRequestStatus" NOT NULL DEFAULT 'PENDING',
    "requestedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "decisionNote" TEXT,
    "unitId" TEXT,

    CONSTRAINT "MembershipRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimelineEntry" (
    "id" TEXT NOT NULL,
    "subjectType" TEXT NOT NULL,
    "subjectId" TEXT NOT NULL,
    "applicationId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "action" TEXT NOT NULL,
    "fromStatus" TEXT,
    "status" TEXT NOT NULL,
    "actorId" TEXT,
    "note" TEXT,

    CONSTRAINT "TimelineEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InfoRequest" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "requestedById" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "response" TEXT,
    "respondedAt" TIMESTAMP(3),
    "respondedById" TEXT,

    CONSTRAINT "InfoRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConflictDeclaration" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "hasConflict" BOOLEAN NOT NULL,
    "note" TEXT,
    "declaredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ConflictDeclaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ExpertProfile" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "functions" "ServiceFunction"[],
    "provinceCode" TEXT,
    "affiliations" TEXT[],
    "unitId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "note" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExpertProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Counter" (
    "name" TEXT NOT NULL,
    "value" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Counter_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "MembershipRequest_organisationId_idx" ON "MembershipRequest"("organisationId");

-- CreateIndex
CREATE INDEX "MembershipRequest_status_requestedAt_idx" ON "MembershipRequest"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "TimelineEntry_subjectType_subjectId_at_idx" ON "TimelineEntry"("subjectType", "subjectId", "at");

-- CreateIndex
CREATE INDEX "TimelineEntry_applicationId_at_idx" ON "TimelineEntry"("applicationId", "at");

-- CreateIndex
CREATE INDEX "TimelineEntry_actorId_idx" ON "TimelineEntry"("actorId");

-- CreateIndex
CREATE INDEX "InfoRequest_applicationId_requestedAt_idx" ON "InfoRequest"("applicationId", "requestedAt");

-- CreateIndex
CREATE INDEX "InfoRequest_respondedAt_dueOn_idx" ON "InfoRequest"("respondedAt", "dueOn");

-- CreateIndex
CREATE INDEX "InfoRequest_requestedById_idx" ON "InfoRequest"("requestedById");

-- CreateIndex
CREATE INDEX "ConflictDeclaration_reviewerId_idx" ON "ConflictDeclaration"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ConflictDeclaration_applicationId_reviewerId_key" ON "ConflictDeclaration"("applicationId", "reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ExpertProfile_userId_key" ON "ExpertProfile"("userId");

-- CreateIndex
CREATE INDEX "ExpertProfile_unitId_idx" ON "ExpertProfile"("unitId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Accreditation_validFrom_validUntil_idx" ON "Accreditation"("validFrom", "validUntil");

-- CreateIndex
CREATE INDEX "Application_status_updatedAt_id_idx" ON "Application"("status", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Application_updatedAt_id_idx" ON "Application"("updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Objection_receiptNumber_key" ON "Objection"("receiptNumber");

-- CreateIndex
CREATE INDEX "Organisation_provinceCode_idx" ON "Organisation"("provinceCode");

-- CreateIndex
CREATE INDEX "Revocation_status_idx" ON "Revocation"("status");

-- AddForeignKey
ALTER TABLE "MembershipRequest" ADD CONSTRAINT "MembershipRequest_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accreditation" ADD CONSTRAINT "Accreditation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revocation" ADD CONSTRAINT "Revocation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEntry" ADD CONSTRAINT "TimelineEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimelineEntry" ADD CONSTRAINT "TimelineEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoRequest" ADD CONSTRAINT "InfoRequest_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InfoRequest" ADD CONSTRAINT "InfoRequest_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConflictDeclaration" ADD CONSTRAINT "ConflictDeclaration_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ExpertProfile" ADD CONSTRAINT "ExpertProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
