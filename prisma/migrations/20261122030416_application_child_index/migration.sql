-- CreateIndex
CREATE INDEX "application_childIin_status_idx" ON "application"("childIin", "status");
