-- CreateIndex
CREATE UNIQUE INDEX "Application_organisationId_roundId_live_key" ON "Application"("organisationId", "roundId") WHERE (status <> 'WITHDRAWN');
