-- CreateIndex
CREATE INDEX "check_in_prompts_local_date_idx" ON "check_in_prompts"("local_date");
