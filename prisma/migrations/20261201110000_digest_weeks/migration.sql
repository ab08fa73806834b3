-- CreateTable
CREATE TABLE "digest_weeks" (
    "community_id" UUID NOT NULL,
    "week" DATE NOT NULL,
    "tally" JSONB NOT NULL,
    "frozen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "digest_weeks_pkey" PRIMARY KEY ("community_id","week")
);

-- AddForeignKey
ALTER TABLE "digest_weeks" ADD CONSTRAINT "digest_weeks_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;
