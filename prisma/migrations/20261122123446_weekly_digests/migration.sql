-- AlterTable
ALTER TABLE "communities" ADD COLUMN     "digest_enabled" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "digest_time" TEXT NOT NULL DEFAULT '09:00',
ADD COLUMN     "digest_weekday" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "digest_runs" (
    "community_id" UUID NOT NULL,
    "week" DATE NOT NULL,
    "sent_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digest_runs_pkey" PRIMARY KEY ("community_id","week")
);

-- AddForeignKey
ALTER TABLE "digest_runs" ADD CONSTRAINT "digest_runs_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;
