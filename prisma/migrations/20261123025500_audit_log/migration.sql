-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "community_id" UUID,
    "actor_id" UUID,
    "actor_role" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject_id" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "audit_log_community_id_at_idx" ON "audit_log"("community_id", "at");

-- Append-only, written by hand (Prisma does not model rules). Rows are never deleted, and the only
-- change allowed is blanking a deleted member's id (actor_id, subject_id set to NULL). Rules rather
-- than a PL/pgSQL trigger because migration scripts are split on semicolons by the PostgreSQL
-- driver adapter. The SQL function fails the statement with a message naming the table.
CREATE FUNCTION audit_log_refuse(reason TEXT) RETURNS INTEGER LANGUAGE sql VOLATILE AS 'SELECT CAST(reason AS INTEGER)';

CREATE RULE audit_log_no_delete AS ON DELETE TO "audit_log"
  DO INSTEAD SELECT audit_log_refuse('audit_log is append-only (row ' || OLD.id || ')');

CREATE RULE audit_log_only_blank_ids AS ON UPDATE TO "audit_log"
  WHERE NEW.id IS DISTINCT FROM OLD.id OR NEW.community_id IS DISTINCT FROM OLD.community_id
     OR NEW.actor_role IS DISTINCT FROM OLD.actor_role OR NEW.action IS DISTINCT FROM OLD.action
     OR NEW.details IS DISTINCT FROM OLD.details OR NEW.at IS DISTINCT FROM OLD.at
     OR (NEW.actor_id IS DISTINCT FROM OLD.actor_id AND NEW.actor_id IS NOT NULL)
     OR (NEW.subject_id IS DISTINCT FROM OLD.subject_id AND NEW.subject_id IS NOT NULL)
  DO INSTEAD SELECT audit_log_refuse('audit_log is append-only: only a deleted member''s id may be blanked (row ' || OLD.id || ')');
