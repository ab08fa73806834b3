-- CreateTable
CREATE TABLE "acknowledged_work" (
    "key" TEXT NOT NULL,
    "platform" "Platform" NOT NULL,
    "payload" JSONB NOT NULL,
    "received_at" TIMESTAMP(3) NOT NULL,
    "lease_until" TIMESTAMP(3) NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "done_at" TIMESTAMP(3),

    CONSTRAINT "acknowledged_work_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "acknowledged_work_done_at_lease_until_idx" ON "acknowledged_work"("done_at", "lease_until");
