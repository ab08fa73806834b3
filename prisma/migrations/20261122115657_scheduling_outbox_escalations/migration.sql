-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'failed');

-- CreateEnum
CREATE TYPE "EscalationLevel" AS ENUM ('watch', 'reach_out', 'urgent');

-- CreateEnum
CREATE TYPE "EscalationStatus" AS ENUM ('open', 'acknowledged', 'resolved');

-- AlterTable
ALTER TABLE "communities" ADD COLUMN     "backup_after_hours" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "backup_supervisor_id" UUID,
ADD COLUMN     "catch_up_minutes" INTEGER NOT NULL DEFAULT 240,
ADD COLUMN     "checkin_weekdays" INTEGER[] DEFAULT ARRAY[1, 2, 3, 4, 5]::INTEGER[],
ADD COLUMN     "crisis_contact_name" TEXT,
ADD COLUMN     "crisis_policy" TEXT,
ADD COLUMN     "holidays" DATE[],
ADD COLUMN     "low_streak_days" INTEGER NOT NULL DEFAULT 3,
ADD COLUMN     "reminder_after_hours" INTEGER DEFAULT 4;

-- AlterTable
ALTER TABLE "members" ADD COLUMN     "checkin_weekdays" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- CreateTable
CREATE TABLE "check_in_prompts" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "local_date" DATE NOT NULL,
    "prompted_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reminded_at" TIMESTAMP(3),

    CONSTRAINT "check_in_prompts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox" (
    "id" BIGSERIAL NOT NULL,
    "community_id" UUID NOT NULL,
    "platform_user_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMP(3),
    "last_error" TEXT,
    "platform_message_id" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMP(3),

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "escalations" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "level" "EscalationLevel" NOT NULL,
    "status" "EscalationStatus" NOT NULL DEFAULT 'open',
    "key" TEXT NOT NULL,
    "named" BOOLEAN NOT NULL DEFAULT false,
    "raised_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMP(3),
    "acknowledged_by_id" UUID,
    "backup_notified_at" TIMESTAMP(3),
    "resolved_at" TIMESTAMP(3),

    CONSTRAINT "escalations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "escalation_events" (
    "id" BIGSERIAL NOT NULL,
    "escalation_id" UUID NOT NULL,
    "event" TEXT NOT NULL,
    "actor_id" UUID,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "escalation_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "check_in_prompts_reminded_at_prompted_at_idx" ON "check_in_prompts"("reminded_at", "prompted_at");

-- CreateIndex
CREATE UNIQUE INDEX "check_in_prompts_member_id_local_date_key" ON "check_in_prompts"("member_id", "local_date");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_dedupe_key_key" ON "outbox"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_status_next_attempt_at_idx" ON "outbox"("status", "next_attempt_at");

-- CreateIndex
CREATE UNIQUE INDEX "escalations_key_key" ON "escalations"("key");

-- CreateIndex
CREATE INDEX "escalations_community_id_status_idx" ON "escalations"("community_id", "status");

-- CreateIndex
CREATE INDEX "escalations_member_id_rule_status_idx" ON "escalations"("member_id", "rule", "status");

-- CreateIndex
CREATE INDEX "escalation_events_escalation_id_idx" ON "escalation_events"("escalation_id");

-- AddForeignKey
ALTER TABLE "check_in_prompts" ADD CONSTRAINT "check_in_prompts_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalations" ADD CONSTRAINT "escalations_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "escalation_events" ADD CONSTRAINT "escalation_events_escalation_id_fkey" FOREIGN KEY ("escalation_id") REFERENCES "escalations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
