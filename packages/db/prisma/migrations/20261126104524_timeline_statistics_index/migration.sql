-- CreateIndex
CREATE INDEX "TimelineEntry_applicationId_status_at_idx" ON "TimelineEntry"("applicationId", "status", "at");
