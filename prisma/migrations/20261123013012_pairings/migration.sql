-- CreateEnum
CREATE TYPE "PairingCadence" AS ENUM ('weekly', 'biweekly', 'monthly');

-- CreateEnum
CREATE TYPE "PairingOutcome" AS ENUM ('met', 'not_yet', 'skipped');

-- CreateEnum
CREATE TYPE "DebriefRequestStatus" AS ENUM ('open', 'matched', 'expired', 'cancelled');

-- CreateEnum
CREATE TYPE "DebriefOfferStatus" AS ENUM ('asked', 'accepted', 'declined', 'covered');

-- CreateTable
CREATE TABLE "pairing_settings" (
    "community_id" UUID NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "cadence" "PairingCadence" NOT NULL DEFAULT 'weekly',
    "weekday" INTEGER NOT NULL DEFAULT 1,
    "time" TEXT NOT NULL DEFAULT '10:00',
    "repeat_window" INTEGER NOT NULL DEFAULT 6,
    "cross_group" BOOLEAN NOT NULL DEFAULT false,
    "on_demand_wait_minutes" INTEGER NOT NULL DEFAULT 30,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pairing_settings_pkey" PRIMARY KEY ("community_id")
);

-- CreateTable
CREATE TABLE "pairing_profiles" (
    "member_id" UUID NOT NULL,
    "on_demand" BOOLEAN NOT NULL DEFAULT false,
    "attribute" TEXT,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pairing_profiles_pkey" PRIMARY KEY ("member_id")
);

-- CreateTable
CREATE TABLE "pairing_avoids" (
    "member_id" UUID NOT NULL,
    "avoided_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pairing_avoids_pkey" PRIMARY KEY ("member_id","avoided_id")
);

-- CreateTable
CREATE TABLE "pairing_rounds" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "round_date" DATE NOT NULL,
    "halfway_at" TIMESTAMP(3) NOT NULL,
    "check_sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pairing_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pairing_groups" (
    "id" UUID NOT NULL,
    "round_id" UUID NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "pairing_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "pairing_group_members" (
    "group_id" UUID NOT NULL,
    "member_id" UUID NOT NULL,
    "outcome" "PairingOutcome",
    "left_at" TIMESTAMP(3),

    CONSTRAINT "pairing_group_members_pkey" PRIMARY KEY ("group_id","member_id")
);

-- CreateTable
CREATE TABLE "debrief_requests" (
    "id" UUID NOT NULL,
    "community_id" UUID NOT NULL,
    "requester_id" UUID NOT NULL,
    "status" "DebriefRequestStatus" NOT NULL DEFAULT 'open',
    "expires_at" TIMESTAMP(3) NOT NULL,
    "matched_peer_id" UUID,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "debrief_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "debrief_offers" (
    "request_id" UUID NOT NULL,
    "peer_id" UUID NOT NULL,
    "status" "DebriefOfferStatus" NOT NULL DEFAULT 'asked',
    "asked_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "debrief_offers_pkey" PRIMARY KEY ("request_id","peer_id")
);

-- CreateIndex
CREATE INDEX "pairing_avoids_avoided_id_idx" ON "pairing_avoids"("avoided_id");

-- CreateIndex
CREATE INDEX "pairing_rounds_halfway_at_idx" ON "pairing_rounds"("halfway_at");

-- CreateIndex
CREATE UNIQUE INDEX "pairing_rounds_community_id_round_date_key" ON "pairing_rounds"("community_id", "round_date");

-- CreateIndex
CREATE INDEX "pairing_groups_round_id_idx" ON "pairing_groups"("round_id");

-- CreateIndex
CREATE INDEX "pairing_group_members_member_id_idx" ON "pairing_group_members"("member_id");

-- CreateIndex
CREATE INDEX "debrief_requests_community_id_created_at_idx" ON "debrief_requests"("community_id", "created_at");

-- CreateIndex
CREATE INDEX "debrief_requests_status_expires_at_idx" ON "debrief_requests"("status", "expires_at");

-- CreateIndex
CREATE INDEX "debrief_offers_peer_id_idx" ON "debrief_offers"("peer_id");

-- AddForeignKey
ALTER TABLE "pairing_settings" ADD CONSTRAINT "pairing_settings_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing_profiles" ADD CONSTRAINT "pairing_profiles_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing_avoids" ADD CONSTRAINT "pairing_avoids_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing_avoids" ADD CONSTRAINT "pairing_avoids_avoided_id_fkey" FOREIGN KEY ("avoided_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing_rounds" ADD CONSTRAINT "pairing_rounds_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing_groups" ADD CONSTRAINT "pairing_groups_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "pairing_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing_group_members" ADD CONSTRAINT "pairing_group_members_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "pairing_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "pairing_group_members" ADD CONSTRAINT "pairing_group_members_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debrief_requests" ADD CONSTRAINT "debrief_requests_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "communities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debrief_requests" ADD CONSTRAINT "debrief_requests_requester_id_fkey" FOREIGN KEY ("requester_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debrief_requests" ADD CONSTRAINT "debrief_requests_matched_peer_id_fkey" FOREIGN KEY ("matched_peer_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debrief_offers" ADD CONSTRAINT "debrief_offers_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "debrief_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "debrief_offers" ADD CONSTRAINT "debrief_offers_peer_id_fkey" FOREIGN KEY ("peer_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
