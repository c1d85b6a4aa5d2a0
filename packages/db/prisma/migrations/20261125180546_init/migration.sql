-- CreateEnum
CREATE TYPE "Role" AS ENUM ('MEMBER', 'UNIT_STAFF', 'REVIEWER', 'ADMIN', 'ANALYST');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('DEPARTMENT', 'MAGAZINE', 'BRANCH', 'MEMBERSHIP_DEPARTMENT');

-- CreateEnum
CREATE TYPE "MembershipStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'ENDED');

-- CreateEnum
CREATE TYPE "ServiceFunction" AS ENUM ('INFORMATION', 'TECHNOLOGY', 'STARTUP', 'TRAINING', 'FINANCING');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('SME_SERVICE_INSTITUTION', 'SOCIAL_INTERMEDIARY', 'TECH_SERVICE_INSTITUTION', 'RESEARCH_INSTITUTE', 'INTERNET_ENTERPRISE');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RECOMMENDED', 'RETURNED', 'UNDER_REVIEW', 'MORE_INFO_REQUESTED', 'REVIEW_PASSED', 'REVIEW_FAILED', 'IN_PUBLIC_NOTICE', 'ACCREDITED', 'FAILED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "RecommendationDecision" AS ENUM ('RECOMMENDED', 'RETURNED');

-- CreateEnum
CREATE TYPE "ReviewOutcome" AS ENUM ('PASSED', 'FAILED', 'MORE_INFO_REQUESTED');

-- CreateEnum
CREATE TYPE "PublicNoticeStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED');

-- CreateEnum
CREATE TYPE "PublicNoticeEntryOutcome" AS ENUM ('PENDING', 'CLEARED', 'FAILED');

-- CreateEnum
CREATE TYPE "ObjectionStatus" AS ENUM ('PENDING', 'UPHELD', 'DISMISSED');

-- CreateEnum
CREATE TYPE "SpotCheckStatus" AS ENUM ('PENDING', 'PASSED', 'FAILED');

-- CreateEnum
CREATE TYPE "RevocationReason" AS ENUM ('VIOLATION_VERIFIED', 'FAILED_SPOT_CHECK', 'OTHER');

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "kind" "UnitKind" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "organisationId" TEXT,
    "unitId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "userAgent" TEXT,
    "ip" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "creditCode" TEXT NOT NULL,
    "kind" "OrganisationKind",
    "foundedOn" DATE,
    "address" TEXT,
    "contactName" TEXT,
    "contactPhone" TEXT,
    "contactEmail" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "since" DATE NOT NULL,
    "status" "MembershipStatus" NOT NULL,
    "endedOn" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Round" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "submissionDeadline" DATE NOT NULL,
    "reviewEndsOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Round_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL,
    "roundId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "isRenewal" BOOLEAN NOT NULL DEFAULT false,
    "renewsAccreditationId" TEXT,
    "submittedAt" TIMESTAMP(3),
    "withdrawnAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "createdById" TEXT,
    "foundedOn" DATE,
    "organisationKind" "OrganisationKind",
    "totalAssetsYuan" DECIMAL(18,2),
    "satisfactionPercent" DECIMAL(5,2),
    "smesServedLastYear" INTEGER,
    "smesServedYearBefore" INTEGER,
    "aggregatedInstitutions" INTEGER,
    "freeOrLowFeeSharePercent" DECIMAL(5,2),
    "serviceStaff" INTEGER,
    "qualifiedStaff" INTEGER,
    "independentLegalPerson" BOOLEAN,
    "soundFinances" BOOLEAN,
    "fixedPremises" BOOLEAN,
    "managementRules" BOOLEAN,
    "smallMicroFeeConcessions" BOOLEAN,
    "developmentPlan" BOOLEAN,
    "principalIntegrity" BOOLEAN,
    "eligibilitySnapshot" JSONB,

    CONSTRAINT "Application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ApplicationFunction" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "function" "ServiceFunction" NOT NULL,
    "activitiesPerYear" INTEGER,
    "offlineEnterprisesServed" INTEGER,
    "onlineServiceSystem" BOOLEAN,
    "organisesResources" BOOLEAN,
    "expertDatabase" BOOLEAN,
    "projectDatabase" BOOLEAN,
    "instrumentSharing" BOOLEAN,
    "startupGuide" BOOLEAN,
    "serviceHotline" BOOLEAN,
    "governmentAgencyService" BOOLEAN,
    "trainingQualification" BOOLEAN,
    "onlineAndOfflineTraining" BOOLEAN,
    "trainingEvaluation" BOOLEAN,
    "traineesPerYear" INTEGER,
    "financingFacilitatedYuan" DECIMAL(18,2),
    "guaranteeInstitution" BOOLEAN,
    "newGuaranteesYuan" DECIMAL(18,2),

    CONSTRAINT "ApplicationFunction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Material" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" INTEGER NOT NULL,
    "title" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "Material_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MaterialVersion" (
    "id" TEXT NOT NULL,
    "materialId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "supersededAt" TIMESTAMP(3),

    CONSTRAINT "MaterialVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Recommendation" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decision" "RecommendationDecision" NOT NULL,
    "comment" TEXT,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Recommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewerAssignment" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "assignedById" TEXT,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dueOn" DATE,
    "completedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewerAssignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewScore" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "criterion" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewScore_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReviewDecision" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "outcome" "ReviewOutcome" NOT NULL,
    "comment" TEXT,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReviewDecision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicNotice" (
    "id" TEXT NOT NULL,
    "roundId" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT,
    "publishedOn" DATE NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE NOT NULL,
    "status" "PublicNoticeStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "PublicNotice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublicNoticeEntry" (
    "id" TEXT NOT NULL,
    "noticeId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "outcome" "PublicNoticeEntryOutcome" NOT NULL DEFAULT 'PENDING',

    CONSTRAINT "PublicNoticeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Objection" (
    "id" TEXT NOT NULL,
    "entryId" TEXT NOT NULL,
    "lodgedByName" TEXT NOT NULL,
    "contact" TEXT NOT NULL,
    "grounds" TEXT NOT NULL,
    "lodgedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "status" "ObjectionStatus" NOT NULL DEFAULT 'PENDING',
    "decidedById" TEXT,
    "decisionNote" TEXT,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "Objection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Accreditation" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "certificateNumber" TEXT NOT NULL,
    "functions" "ServiceFunction"[],
    "awardedOn" DATE NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "renewsId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Accreditation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpotCheckCampaign" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "seed" TEXT NOT NULL,
    "sampleSize" INTEGER NOT NULL,
    "populationSize" INTEGER NOT NULL,
    "population" JSONB,
    "stratified" BOOLEAN NOT NULL DEFAULT false,
    "drawnAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "drawnById" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "SpotCheckCampaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpotCheck" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "accreditationId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "status" "SpotCheckStatus" NOT NULL DEFAULT 'PENDING',
    "dueOn" DATE,
    "responseText" TEXT,
    "respondedAt" TIMESTAMP(3),
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "note" TEXT,

    CONSTRAINT "SpotCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Revocation" (
    "id" TEXT NOT NULL,
    "accreditationId" TEXT NOT NULL,
    "reason" "RevocationReason" NOT NULL,
    "reasonText" TEXT,
    "evidence" TEXT NOT NULL,
    "effectiveOn" DATE NOT NULL,
    "decidedById" TEXT NOT NULL,
    "decidedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "spotCheckId" TEXT,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Revocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NationalRecommendation" (
    "id" TEXT NOT NULL,
    "accreditationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "note" TEXT,
    "recommendedById" TEXT NOT NULL,
    "recommendedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NationalRecommendation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkingDayOverride" (
    "date" DATE NOT NULL,
    "isWorkingDay" BOOLEAN NOT NULL,
    "note" TEXT NOT NULL,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkingDayOverride_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "occurredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "data" JSONB,
    "ip" TEXT,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EmailOutbox" (
    "id" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,

    CONSTRAINT "EmailOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_idx" ON "User"("organisationId");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Session_tokenHash_key" ON "Session"("tokenHash");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_creditCode_key" ON "Organisation"("creditCode");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- CreateIndex
CREATE INDEX "Membership_unitId_idx" ON "Membership"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_organisationId_active_key" ON "Membership"("organisationId") WHERE (status = 'ACTIVE');

-- CreateIndex
CREATE UNIQUE INDEX "Round_year_sequence_key" ON "Round"("year", "sequence");

-- CreateIndex
CREATE INDEX "Application_roundId_status_idx" ON "Application"("roundId", "status");

-- CreateIndex
CREATE INDEX "Application_organisationId_idx" ON "Application"("organisationId");

-- CreateIndex
CREATE INDEX "Application_status_idx" ON "Application"("status");

-- CreateIndex
CREATE INDEX "Application_renewsAccreditationId_idx" ON "Application"("renewsAccreditationId");

-- CreateIndex
CREATE INDEX "Application_createdById_idx" ON "Application"("createdById");

-- CreateIndex
CREATE UNIQUE INDEX "ApplicationFunction_applicationId_function_key" ON "ApplicationFunction"("applicationId", "function");

-- CreateIndex
CREATE INDEX "Material_applicationId_kind_idx" ON "Material"("applicationId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "MaterialVersion_storageKey_key" ON "MaterialVersion"("storageKey");

-- CreateIndex
CREATE INDEX "MaterialVersion_uploadedById_idx" ON "MaterialVersion"("uploadedById");

-- CreateIndex
CREATE UNIQUE INDEX "MaterialVersion_materialId_version_key" ON "MaterialVersion"("materialId", "version");

-- CreateIndex
CREATE INDEX "Recommendation_applicationId_decidedAt_idx" ON "Recommendation"("applicationId", "decidedAt");

-- CreateIndex
CREATE INDEX "Recommendation_unitId_idx" ON "Recommendation"("unitId");

-- CreateIndex
CREATE INDEX "Recommendation_decidedById_idx" ON "Recommendation"("decidedById");

-- CreateIndex
CREATE INDEX "ReviewerAssignment_reviewerId_idx" ON "ReviewerAssignment"("reviewerId");

-- CreateIndex
CREATE INDEX "ReviewerAssignment_assignedById_idx" ON "ReviewerAssignment"("assignedById");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewerAssignment_applicationId_reviewerId_key" ON "ReviewerAssignment"("applicationId", "reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "ReviewScore_assignmentId_criterion_key" ON "ReviewScore"("assignmentId", "criterion");

-- CreateIndex
CREATE INDEX "ReviewDecision_applicationId_decidedAt_idx" ON "ReviewDecision"("applicationId", "decidedAt");

-- CreateIndex
CREATE INDEX "ReviewDecision_decidedById_idx" ON "ReviewDecision"("decidedById");

-- CreateIndex
CREATE INDEX "PublicNotice_status_endsOn_idx" ON "PublicNotice"("status", "endsOn");

-- CreateIndex
CREATE INDEX "PublicNotice_roundId_idx" ON "PublicNotice"("roundId");

-- CreateIndex
CREATE INDEX "PublicNotice_createdById_idx" ON "PublicNotice"("createdById");

-- CreateIndex
CREATE INDEX "PublicNoticeEntry_applicationId_idx" ON "PublicNoticeEntry"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicNoticeEntry_noticeId_applicationId_key" ON "PublicNoticeEntry"("noticeId", "applicationId");

-- CreateIndex
CREATE INDEX "Objection_entryId_idx" ON "Objection"("entryId");

-- CreateIndex
CREATE INDEX "Objection_status_idx" ON "Objection"("status");

-- CreateIndex
CREATE INDEX "Objection_decidedById_idx" ON "Objection"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "Accreditation_applicationId_key" ON "Accreditation"("applicationId");

-- CreateIndex
CREATE UNIQUE INDEX "Accreditation_certificateNumber_key" ON "Accreditation"("certificateNumber");

-- CreateIndex
CREATE UNIQUE INDEX "Accreditation_renewsId_key" ON "Accreditation"("renewsId");

-- CreateIndex
CREATE INDEX "Accreditation_organisationId_idx" ON "Accreditation"("organisationId");

-- CreateIndex
CREATE INDEX "Accreditation_validUntil_idx" ON "Accreditation"("validUntil");

-- CreateIndex
CREATE INDEX "SpotCheckCampaign_year_idx" ON "SpotCheckCampaign"("year");

-- CreateIndex
CREATE INDEX "SpotCheckCampaign_drawnById_idx" ON "SpotCheckCampaign"("drawnById");

-- CreateIndex
CREATE INDEX "SpotCheck_accreditationId_idx" ON "SpotCheck"("accreditationId");

-- CreateIndex
CREATE INDEX "SpotCheck_status_idx" ON "SpotCheck"("status");

-- CreateIndex
CREATE INDEX "SpotCheck_decidedById_idx" ON "SpotCheck"("decidedById");

-- CreateIndex
CREATE UNIQUE INDEX "SpotCheck_campaignId_accreditationId_key" ON "SpotCheck"("campaignId", "accreditationId");

-- CreateIndex
CREATE UNIQUE INDEX "Revocation_accreditationId_key" ON "Revocation"("accreditationId");

-- CreateIndex
CREATE UNIQUE INDEX "Revocation_spotCheckId_key" ON "Revocation"("spotCheckId");

-- CreateIndex
CREATE INDEX "Revocation_decidedById_idx" ON "Revocation"("decidedById");

-- CreateIndex
CREATE INDEX "Revocation_effectiveOn_idx" ON "Revocation"("effectiveOn");

-- CreateIndex
CREATE INDEX "NationalRecommendation_year_idx" ON "NationalRecommendation"("year");

-- CreateIndex
CREATE INDEX "NationalRecommendation_recommendedById_idx" ON "NationalRecommendation"("recommendedById");

-- CreateIndex
CREATE UNIQUE INDEX "NationalRecommendation_accreditationId_year_key" ON "NationalRecommendation"("accreditationId", "year");

-- CreateIndex
CREATE INDEX "WorkingDayOverride_updatedById_idx" ON "WorkingDayOverride"("updatedById");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_occurredAt_idx" ON "AuditEvent"("occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_idx" ON "AuditEvent"("actorId");

-- CreateIndex
CREATE INDEX "EmailOutbox_sentAt_createdAt_idx" ON "EmailOutbox"("sentAt", "createdAt");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Application" ADD CONSTRAINT "Application_renewsAccreditationId_fkey" FOREIGN KEY ("renewsAccreditationId") REFERENCES "Accreditation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApplicationFunction" ADD CONSTRAINT "ApplicationFunction_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Material" ADD CONSTRAINT "Material_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialVersion" ADD CONSTRAINT "MaterialVersion_materialId_fkey" FOREIGN KEY ("materialId") REFERENCES "Material"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MaterialVersion" ADD CONSTRAINT "MaterialVersion_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerAssignment" ADD CONSTRAINT "ReviewerAssignment_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerAssignment" ADD CONSTRAINT "ReviewerAssignment_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewerAssignment" ADD CONSTRAINT "ReviewerAssignment_assignedById_fkey" FOREIGN KEY ("assignedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewScore" ADD CONSTRAINT "ReviewScore_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "ReviewerAssignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDecision" ADD CONSTRAINT "ReviewDecision_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "Round"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicNotice" ADD CONSTRAINT "PublicNotice_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicNoticeEntry" ADD CONSTRAINT "PublicNoticeEntry_noticeId_fkey" FOREIGN KEY ("noticeId") REFERENCES "PublicNotice"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicNoticeEntry" ADD CONSTRAINT "PublicNoticeEntry_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "PublicNoticeEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Objection" ADD CONSTRAINT "Objection_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accreditation" ADD CONSTRAINT "Accreditation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accreditation" ADD CONSTRAINT "Accreditation_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "Application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Accreditation" ADD CONSTRAINT "Accreditation_renewsId_fkey" FOREIGN KEY ("renewsId") REFERENCES "Accreditation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpotCheckCampaign" ADD CONSTRAINT "SpotCheckCampaign_drawnById_fkey" FOREIGN KEY ("drawnById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpotCheck" ADD CONSTRAINT "SpotCheck_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "SpotCheckCampaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpotCheck" ADD CONSTRAINT "SpotCheck_accreditationId_fkey" FOREIGN KEY ("accreditationId") REFERENCES "Accreditation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpotCheck" ADD CONSTRAINT "SpotCheck_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revocation" ADD CONSTRAINT "Revocation_accreditationId_fkey" FOREIGN KEY ("accreditationId") REFERENCES "Accreditation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revocation" ADD CONSTRAINT "Revocation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revocation" ADD CONSTRAINT "Revocation_spotCheckId_fkey" FOREIGN KEY ("spotCheckId") REFERENCES "SpotCheck"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalRecommendation" ADD CONSTRAINT "NationalRecommendation_accreditationId_fkey" FOREIGN KEY ("accreditationId") REFERENCES "Accreditation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NationalRecommendation" ADD CONSTRAINT "NationalRecommendation_recommendedById_fkey" FOREIGN KEY ("recommendedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkingDayOverride" ADD CONSTRAINT "WorkingDayOverride_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
