-- CreateTable
CREATE TABLE "check_in_sessions" (
    "member_id" UUID NOT NULL,
    "local_date" DATE NOT NULL,
    "step" TEXT NOT NULL,
    "draft" JSONB,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "check_in_sessions_pkey" PRIMARY KEY ("member_id")
);

-- AddForeignKey
ALTER TABLE "check_in_sessions" ADD CONSTRAINT "check_in_sessions_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
