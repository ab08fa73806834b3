-- CreateTable
CREATE TABLE "slack_installations" (
    "key" TEXT NOT NULL,
    "team_id" TEXT,
    "enterprise_id" TEXT,
    "is_enterprise_install" BOOLEAN NOT NULL DEFAULT false,
    "team_ids" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "installer_user_id" TEXT,
    "sealed" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "slack_installations_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "slack_installations_enterprise_id_idx" ON "slack_installations"("enterprise_id");
