-- AlterTable
ALTER TABLE "app_user" ADD COLUMN     "passwordChangeRequired" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "passwordChangedAt" TIMESTAMP(3);
