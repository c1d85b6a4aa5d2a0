-- CreateTable
CREATE TABLE "ObjectionAttachment" (
    "id" TEXT NOT NULL,
    "objectionId" TEXT,
    "claimTokenHash" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "uploadedFromIp" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),

    CONSTRAINT "ObjectionAttachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SpotCheckEvidenceFile" (
    "id" TEXT NOT NULL,
    "spotCheckId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "uploadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "SpotCheckEvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ObjectionAttachment_claimTokenHash_key" ON "ObjectionAttachment"("claimTokenHash");

-- CreateIndex
CREATE INDEX "ObjectionAttachment_objectionId_idx" ON "ObjectionAttachment"("objectionId");

-- CreateIndex
CREATE INDEX "ObjectionAttachment_uploadedFromIp_uploadedAt_idx" ON "ObjectionAttachment"("uploadedFromIp", "uploadedAt");

-- CreateIndex
CREATE INDEX "ObjectionAttachment_storageKey_idx" ON "ObjectionAttachment"("storageKey");

-- CreateIndex
CREATE INDEX "SpotCheckEvidenceFile_spotCheckId_idx" ON "SpotCheckEvidenceFile"("spotCheckId");

-- CreateIndex
CREATE INDEX "SpotCheckEvidenceFile_uploadedById_idx" ON "SpotCheckEvidenceFile"("uploadedById");

-- CreateIndex
CREATE INDEX "SpotCheckEvidenceFile_storageKey_idx" ON "SpotCheckEvidenceFile"("storageKey");

-- AddForeignKey
ALTER TABLE "ObjectionAttachment" ADD CONSTRAINT "ObjectionAttachment_objectionId_fkey" FOREIGN KEY ("objectionId") REFERENCES "Objection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpotCheckEvidenceFile" ADD CONSTRAINT "SpotCheckEvidenceFile_spotCheckId_fkey" FOREIGN KEY ("spotCheckId") REFERENCES "SpotCheck"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SpotCheckEvidenceFile" ADD CONSTRAINT "SpotCheckEvidenceFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
