-- AlterTable
ALTER TABLE "pairing_rounds" ADD COLUMN     "check_reminded_at" TIMESTAMP(3);
