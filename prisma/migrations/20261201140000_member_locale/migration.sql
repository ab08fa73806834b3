-- AlterTable
ALTER TABLE "members" ADD COLUMN     "locale" TEXT;
