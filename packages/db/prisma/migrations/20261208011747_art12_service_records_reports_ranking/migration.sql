-- CreateEnum
CREATE TYPE "ServiceRecordKind" AS ENUM ('PUBLIC_WELFARE_SERVICE', 'LOW_FEE_SERVICE', 'OTHER_SERVICE');

-- CreateEnum
CREATE TYPE "AnnualReportStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');

-- AlterTable
ALTER TABLE "NationalRecommendation" ADD COLUMN     "rank" INTEGER,
ADD COLUMN     "rankingId" TEXT,
ADD COLUMN     "score" DOUBLE PRECISION;

-- CreateTable
CREATE TABLE "ServiceRecord" (
    "id" TEXT NOT NULL,
    "accreditationId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "year" INTEGER NOT NULL,
    "kind" "ServiceRecordKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "enterprisesServed" INTEGER NOT NULL,
    "free" BOOLEAN NOT NULL,
    "evidenceFileName" TEXT,
    "evidenceMimeType" TEXT,
    "evidenceSizeBytes" INTEGER,
    "evidenceSha256" TEXT,
    "evidenceStorageKey" TEXT,
    "evidenceUploadedAt" TIMESTAMP(3),
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ServiceRecord_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssociationActivity" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" TEXT,
    "description" TEXT,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssociationActivity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ActivityAttendance" (
    "id" TEXT NOT NULL,
    "activityId" TEXT NOT NULL,
    "accreditationId" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ActivityAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" TEXT NOT NULL,
    "accreditationId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "status" "AnnualReportStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "summary" TEXT NOT NULL DEFAULT '',
    "servicesRecorded" INTEGER NOT NULL DEFAULT 0,
    "enterprisesServed" INTEGER NOT NULL DEFAULT 0,
    "publicWelfareServices" INTEGER NOT NULL DEFAULT 0,
    "publicWelfareShare" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "activitiesAttended" INTEGER NOT NULL DEFAULT 0,
    "dueOn" DATE NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "submittedById" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" TEXT,
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationWeights" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "weights" JSONB NOT NULL,
    "note" TEXT,
    "setById" TEXT NOT NULL,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationWeights_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationRanking" (
    "id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "rankedOn" DATE NOT NULL,
    "weightsId" TEXT,
    "weights" JSONB NOT NULL,
    "candidates" JSONB NOT NULL,
    "rankedById" TEXT NOT NULL,
    "rankedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationRanking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ServiceRecord_accreditationId_year_date_idx" ON "ServiceRecord"("accreditationId", "year", "date");

-- CreateIndex
CREATE INDEX "ServiceRecord_year_idx" ON "ServiceRecord"("year");

-- CreateIndex
CREATE INDEX "ServiceRecord_recordedById_idx" ON "ServiceRecord"("recordedById");

-- CreateIndex
CREATE INDEX "ServiceRecord_evidenceStorageKey_idx" ON "ServiceRecord"("evidenceStorageKey");

-- CreateIndex
CREATE INDEX "AssociationActivity_heldOn_idx" ON "AssociationActivity"("heldOn");

-- CreateIndex
CREATE INDEX "AssociationActivity_createdById_idx" ON "AssociationActivity"("createdById");

-- CreateIndex
CREATE INDEX "ActivityAttendance_accreditationId_idx" ON "ActivityAttendance"("accreditationId");

-- CreateIndex
CREATE UNIQUE INDEX "ActivityAttendance_activityId_accreditationId_key" ON "ActivityAttendance"("activityId", "accreditationId");

-- CreateIndex
CREATE INDEX "AnnualReport_year_status_idx" ON "AnnualReport"("year", "status");

-- CreateIndex
CREATE INDEX "AnnualReport_submittedById_idx" ON "AnnualReport"("submittedById");

-- CreateIndex
CREATE INDEX "AnnualReport_reviewedById_idx" ON "AnnualReport"("reviewedById");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_accreditationId_year_key" ON "AnnualReport"("accreditationId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationWeights_version_key" ON "RecommendationWeights"("version");

-- CreateIndex
CREATE INDEX "RecommendationWeights_setById_idx" ON "RecommendationWeights"("setById");

-- CreateIndex
CREATE INDEX "RecommendationRanking_year_idx" ON "RecommendationRanking"("year");

-- CreateIndex
CREATE INDEX "RecommendationRanking_weightsId_idx" ON "RecommendationRanking"("weightsId");

-- CreateIndex
CREATE INDEX "RecommendationRanking_rankedById_idx" ON "RecommendationRanking"("rankedById");

-- CreateIndex
CREATE INDEX "NationalRecommendation_rankingId_idx" ON "NationalRecommendation"("rankingId");

-- AddForeignKey
ALTER TABLE "NationalRecommendation" ADD CONSTRAINT "NationalRecommendation_rankingId_fkey" FOREIGN KEY ("rankingId") REFERENCES "RecommendationRanking"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRecord" ADD CONSTRAINT "ServiceRecord_accreditationId_fkey" FOREIGN KEY ("accreditationId") REFERENCES "Accreditation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceRecord" ADD CONSTRAINT "ServiceRecord_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssociationActivity" ADD CONSTRAINT "AssociationActivity_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityAttendance" ADD CONSTRAINT "ActivityAttendance_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "AssociationActivity"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ActivityAttendance" ADD CONSTRAINT "ActivityAttendance_accreditationId_fkey" FOREIGN KEY ("accreditationId") REFERENCES "Accreditation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_accreditationId_fkey" FOREIGN KEY ("accreditationId") REFERENCES "Accreditation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationWeights" ADD CONSTRAINT "RecommendationWeights_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationRanking" ADD CONSTRAINT "RecommendationRanking_weightsId_fkey" FOREIGN KEY ("weightsId") REFERENCES "RecommendationWeights"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationRanking" ADD CONSTRAINT "RecommendationRanking_rankedById_fkey" FOREIGN KEY ("rankedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
