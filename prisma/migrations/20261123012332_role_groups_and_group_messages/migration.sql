-- AlterTable
ALTER TABLE "communities" ADD COLUMN     "admin_group_id" TEXT,
ADD COLUMN     "pairing_channel_id" TEXT,
ADD COLUMN     "supervisor_group_id" TEXT;

-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "platform_user_ids" TEXT[] DEFAULT ARRAY[]::TEXT[];
