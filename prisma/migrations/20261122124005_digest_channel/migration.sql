-- AlterTable
ALTER TABLE "communities" ADD COLUMN     "digest_channel_id" TEXT;

-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "channel_id" TEXT;
