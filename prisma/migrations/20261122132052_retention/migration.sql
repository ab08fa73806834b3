-- AlterTable
ALTER TABLE "communities" ADD COLUMN     "retention_days" INTEGER NOT NULL DEFAULT 365;
