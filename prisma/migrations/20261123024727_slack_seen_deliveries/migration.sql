-- CreateTable
CREATE TABLE "slack_seen_deliveries" (
    "key" TEXT NOT NULL,
    "seen_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "slack_seen_deliveries_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "slack_seen_deliveries_seen_at_idx" ON "slack_seen_deliveries"("seen_at");
