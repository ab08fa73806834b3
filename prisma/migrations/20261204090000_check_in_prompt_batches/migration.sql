-- CreateTable
CREATE TABLE "check_in_prompt_batches" (
    "id" BIGSERIAL NOT NULL,
    "community_id" UUID NOT NULL,
    "local_date" DATE NOT NULL,
    "payload" JSONB NOT NULL,
    "member_ids" UUID[],
    "platform_user_ids" TEXT[],
    "deliver_by" TIMESTAMP(3)[],
    "created_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "check_in_prompt_batches_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "check_in_prompt_batches" ADD CONSTRAINT "check_in_prompt_batches_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;
