-- AlterTable
ALTER TABLE "audit_log" ADD COLUMN     "recipient_id" UUID;

-- AlterTable
ALTER TABLE "communities" ADD COLUMN     "crisis_backup_after_minutes" INTEGER NOT NULL DEFAULT 30,
ADD COLUMN     "crisis_contact_channel_id" TEXT,
ADD COLUMN     "crisis_contact_member_id" UUID;

-- AlterTable
ALTER TABLE "escalations" ADD COLUMN     "ack_due_at" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "members" ADD COLUMN     "consent_name_on_signal" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "audit_log_subject_id_action_idx" ON "audit_log"("subject_id", "action");

-- CreateIndex
CREATE INDEX "audit_log_recipient_id_action_idx" ON "audit_log"("recipient_id", "action");

-- Consent (b), a name with a burnout signal the bot raises, starts off for everyone: the existing
-- consent_name_to_supervisor keeps only its first meaning, a name with a request the member makes.

-- Open urgent escalations already named keep the deadline they had: raised + the community's hours.
UPDATE "escalations" e SET "ack_due_at" = e."raised_at" + make_interval(hours => c."backup_after_hours")
FROM "communities" c
WHERE c."id" = e."community_id" AND e."level" = 'urgent' AND e."named" AND e."status" = 'open' AND e."backup_notified_at" IS NULL;

-- The audit log stays append-only with its new column: a recipient's id, like an actor's or a
-- subject's, may only be blanked (when that member's data is deleted).
DROP RULE "audit_log_only_blank_ids" ON "audit_log";

CREATE RULE audit_log_only_blank_ids AS ON UPDATE TO "audit_log"
  WHERE NEW.id IS DISTINCT FROM OLD.id OR NEW.community_id IS DISTINCT FROM OLD.community_id
     OR NEW.actor_role IS DISTINCT FROM OLD.actor_role OR NEW.action IS DISTINCT FROM OLD.action
     OR NEW.details IS DISTINCT FROM OLD.details OR NEW.at IS DISTINCT FROM OLD.at
     OR (NEW.actor_id IS DISTINCT FROM OLD.actor_id AND NEW.actor_id IS NOT NULL)
     OR (NEW.subject_id IS DISTINCT FROM OLD.subject_id AND NEW.subject_id IS NOT NULL)
     OR (NEW.recipient_id IS DISTINCT FROM OLD.recipient_id AND NEW.recipient_id IS NOT NULL)
  DO INSTEAD SELECT audit_log_refuse('audit_log is append-only: only a deleted member''s id may be blanked (row ' || OLD.id || ')');
