-- DropIndex
DROP INDEX "MaterialVersion_storageKey_key";

-- CreateIndex
CREATE INDEX "MaterialVersion_storageKey_idx" ON "MaterialVersion"("storageKey");
