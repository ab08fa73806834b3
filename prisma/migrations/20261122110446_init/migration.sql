-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('terminal', 'slack', 'discord');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('peer', 'supervisor', 'admin');

-- CreateTable
CREATE TABLE "communities" (
    "id" UUID NOT NULL,
    "platform" "Platform" NOT NULL,
    "external_id" TEXT NOT NULL,
    "name" TEXT,
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "locale" TEXT NOT NULL DEFAULT 'en-US',
    "checkin_questions" JSONB,
    "crisis_resources" JSONB,
    "min_group_size" INTEGER NOT NULL DEFAULT 5,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "communities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "members" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "platform_user_id" TEXT NOT NULL,
    "display_name" TEXT,
    "role" "Role" NOT NULL DEFAULT 'peer',
    "time_zone" TEXT,
    "checkin_time" TEXT NOT NULL DEFAULT '09:00',
    "quiet_start" TEXT,
    "quiet_end" TEXT,
    "paused_until" DATE,
    "checkins_opt_in" BOOLEAN NOT NULL DEFAULT true,
    "pairings_opt_in" BOOLEAN NOT NULL DEFAULT true,
    "consent_name_to_supervisor" BOOLEAN NOT NULL DEFAULT false,
    "onboarded_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "check_ins" (
    "id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "local_date" DATE NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "note" TEXT,
    "completed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "check_ins_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "boundary_reflections" (
    "member_id" UUID NOT NULL,
    "item" INTEGER NOT NULL,
    "answer" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "boundary_reflections_pkey" PRIMARY KEY ("member_id","item")
);

-- CreateTable
CREATE TABLE "topic_views" (
    "id" BIGSERIAL NOT NULL,
    "community_id" UUID NOT NULL,
    "topic_id" TEXT NOT NULL,
    "viewed_on" DATE NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topic_views_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "communities_platform_external_id_key" ON "communities"("platform", "external_id");

-- CreateIndex
CREATE UNIQUE INDEX "members_community_id_platform_user_id_key" ON "members"("community_id", "platform_user_id");

-- CreateIndex
CREATE INDEX "check_ins_local_date_idx" ON "check_ins"("local_date");

-- CreateIndex
CREATE UNIQUE INDEX "check_ins_member_id_local_date_key" ON "check_ins"("member_id", "local_date");

-- CreateIndex
CREATE INDEX "topic_views_community_id_viewed_on_idx" ON "topic_views"("community_id", "viewed_on");

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "check_ins" ADD CONSTRAINT "check_ins_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "boundary_reflections" ADD CONSTRAINT "boundary_reflections_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "topic_views" ADD CONSTRAINT "topic_views_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;
