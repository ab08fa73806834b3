-- DropIndex
DROP INDEX "check_in_prompts_member_id_local_date_key";

-- AlterTable
ALTER TABLE "check_in_prompts" DROP CONSTRAINT "check_in_prompts_pkey",
DROP COLUMN "id",
ADD CONSTRAINT "check_in_prompts_pkey" PRIMARY KEY ("member_id", "local_date");
