-- CreateIndex
CREATE INDEX "Accreditation_awardedOn_id_idx" ON "Accreditation"("awardedOn", "id");

-- CreateIndex
CREATE INDEX "Accreditation_functions_idx" ON "Accreditation" USING GIN ("functions");
