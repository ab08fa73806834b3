-- DropIndex
DROP INDEX "check_in_prompts_local_date_idx";

-- DropIndex
DROP INDEX "check_in_prompts_reminded_at_prompted_at_idx";

-- CreateIndex
CREATE INDEX "check_in_prompts_local_date_reminded_at_prompted_at_idx" ON "check_in_prompts"("local_date", "reminded_at", "prompted_at");

-- CreateIndex
CREATE INDEX "members_time_zone_idx" ON "members"("time_zone");
