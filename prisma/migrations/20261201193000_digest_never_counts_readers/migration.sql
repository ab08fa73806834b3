-- AlterTable
ALTER TABLE "members" ADD COLUMN "oversight_since" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "digest_weeks" ADD COLUMN "withdrawn_at" TIMESTAMP(3);

-- Backfill from the role history in the audit log: anyone who holds, or is recorded as having held,
-- the supervisor or admin role. Their first recorded promotion, or when they joined if they held
-- such a role before any recorded change.
UPDATE "members" m SET "oversight_since" = COALESCE(
    (SELECT min(a."at") FROM "audit_log" a WHERE a."subject_id" = m."id" AND a."action" = 'member.role'
       AND a."details"->>'to' IN ('supervisor', 'admin')
       AND NOT EXISTS (SELECT 1 FROM "audit_log" b WHERE b."subject_id" = m."id" AND b."action" = 'member.role'
                         AND b."at" <= a."at" AND b."details"->>'from' IN ('supervisor', 'admin'))),
    m."created_at")
  WHERE m."role" <> 'peer'
     OR EXISTS (SELECT 1 FROM "audit_log" a WHERE a."subject_id" = m."id" AND a."action" = 'member.role'
                  AND (a."details"->>'from' IN ('supervisor', 'admin') OR a."details"->>'to' IN ('supervisor', 'admin')));

-- Weeks frozen before this migration may count someone who was a supervisor or admin before or
-- since, and were not checked against later insiders. They cannot be recomputed (an output of the
-- old figures may be kept somewhere), so they are withdrawn: kept as they were, never shown again.
UPDATE "digest_weeks" SET "withdrawn_at" = CURRENT_TIMESTAMP;
