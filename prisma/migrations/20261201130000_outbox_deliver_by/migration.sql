-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "alerted_at" TIMESTAMP(3),
ADD COLUMN     "deliver_by" TIMESTAMP(3),
ADD COLUMN     "locked_by" TEXT;

-- Messages already waiting: a day from when they were queued, except the kinds that never give up.
UPDATE "outbox" SET "deliver_by" = "created_at" + interval '1 day'
WHERE "status" = 'pending' AND "kind" NOT LIKE 'escalation%' AND "kind" NOT LIKE 'crisis%';
