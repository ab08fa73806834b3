-- AlterTable
ALTER TABLE "check_in_sessions" ADD COLUMN     "heard" TEXT;
