-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('PHOTO', 'F065', 'F052', 'PMPK');

-- CreateEnum
CREATE TYPE "DocumentSource" AS ENUM ('UPLOADED', 'HEALTH_SYSTEM');

-- CreateEnum
CREATE TYPE "SigningPurpose" AS ENUM ('SUBMIT', 'WITHDRAW', 'ACCEPT', 'REJECT');

-- CreateEnum
CREATE TYPE "SigningStatus" AS ENUM ('PENDING', 'SIGNED', 'CONSUMED', 'FAILED');

-- CreateEnum
CREATE TYPE "IssuedKind" AS ENUM ('APPLICATION', 'RECEIPT', 'REFUSAL', 'WITHDRAWAL');

-- AlterTable
ALTER TABLE "application" ADD COLUMN     "inclusion" BOOLEAN,
ADD COLUMN     "reviewComment" TEXT,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "application_document" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "source" "DocumentSource" NOT NULL,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "storageKey" TEXT NOT NULL,
    "validUntil" DATE,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "replacedAt" TIMESTAMP(3),

    CONSTRAINT "application_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "signing_request" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "purpose" "SigningPurpose" NOT NULL,
    "signerIin" CHAR(12) NOT NULL,
    "requestedById" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "payloadSha256" CHAR(64) NOT NULL,
    "comment" TEXT,
    "status" "SigningStatus" NOT NULL DEFAULT 'PENDING',
    "cms" TEXT,
    "signerName" TEXT,
    "certSerial" TEXT,
    "signedAt" TIMESTAMP(3),
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "signing_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "issued_document" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "kind" "IssuedKind" NOT NULL,
    "payload" TEXT NOT NULL,
    "payloadSha256" CHAR(64) NOT NULL,
    "cms" TEXT NOT NULL,
    "signerIin" CHAR(12) NOT NULL,
    "signerName" TEXT NOT NULL,
    "certSerial" TEXT NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL,
    "pdfKey" TEXT,
    "pdfSha256" CHAR(64),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "issued_document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry_test_key" (
    "iin" CHAR(12) NOT NULL,
    "privateKey" TEXT NOT NULL,
    "certificate" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registry_test_key_pkey" PRIMARY KEY ("iin")
);

-- CreateIndex
CREATE INDEX "application_document_applicationId_kind_idx" ON "application_document"("applicationId", "kind");

-- CreateIndex
CREATE INDEX "signing_request_applicationId_purpose_idx" ON "signing_request"("applicationId", "purpose");

-- CreateIndex
CREATE INDEX "issued_document_applicationId_kind_idx" ON "issued_document"("applicationId", "kind");

-- AddForeignKey
ALTER TABLE "application_document" ADD CONSTRAINT "application_document_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "signing_request" ADD CONSTRAINT "signing_request_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "issued_document" ADD CONSTRAINT "issued_document_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
