-- AlterTable
ALTER TABLE "communities" ADD COLUMN     "training_need_readers" INTEGER;

-- CreateTable
CREATE TABLE "community_topics" (
    "community_id" UUID NOT NULL,
    "topic_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sources" TEXT[],
    "aliases" TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "retired_at" TIMESTAMP(3),

    CONSTRAINT "community_topics_pkey" PRIMARY KEY ("community_id","topic_id")
);

-- CreateTable
CREATE TABLE "hidden_topics" (
    "community_id" UUID NOT NULL,
    "topic_id" TEXT NOT NULL,
    "hidden_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "hidden_topics_pkey" PRIMARY KEY ("community_id","topic_id")
);

-- CreateTable
CREATE TABLE "topic_readers" (
    "community_id" UUID NOT NULL,
    "topic_id" TEXT NOT NULL,
    "week_start" DATE NOT NULL,
    "reader_key" TEXT NOT NULL,

    CONSTRAINT "topic_readers_pkey" PRIMARY KEY ("community_id","week_start","topic_id","reader_key")
);

-- AddForeignKey
ALTER TABLE "community_topics" ADD CONSTRAINT "community_topics_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "hidden_topics" ADD CONSTRAINT "hidden_topics_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_readers" ADD CONSTRAINT "topic_readers_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;
