-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "alerted_at" TIMESTAMP(3),
ADD COLUMN     "deliver_by" TIMESTAMP(3),
ADD COLUMN     "locked_by" TEXT;
