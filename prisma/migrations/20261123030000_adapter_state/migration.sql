-- CreateTable
CREATE TABLE "pending_forms" (
    "platform" "Platform" NOT NULL,
    "key" TEXT NOT NULL,
    "form" JSONB NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "pending_forms_pkey" PRIMARY KEY ("platform","key")
);

-- CreateTable
CREATE TABLE "dms_closed_notices" (
    "platform" "Platform" NOT NULL,
    "platform_user_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dms_closed_notices_pkey" PRIMARY KEY ("platform","platform_user_id")
);

-- CreateTable
CREATE TABLE "group_conversations" (
    "platform" "Platform" NOT NULL,
    "delivery_id" TEXT NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "group_conversations_pkey" PRIMARY KEY ("platform","delivery_id")
);

-- CreateIndex
CREATE INDEX "pending_forms_expires_at_idx" ON "pending_forms"("expires_at");

-- CreateIndex
CREATE INDEX "group_conversations_created_at_idx" ON "group_conversations"("created_at");
