-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "delivered_to" TEXT[] DEFAULT ARRAY[]::TEXT[];
