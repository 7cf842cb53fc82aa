-- CreateEnum
CREATE TYPE "AddressLevel" AS ENUM ('REGION', 'CITY', 'DISTRICT', 'RURAL_DISTRICT', 'SETTLEMENT');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "Kinship" AS ENUM ('MOTHER', 'FATHER', 'GUARDIAN');

-- CreateEnum
CREATE TYPE "HealthForm" AS ENUM ('F065', 'F052');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('SCHOOL', 'DISTRICT_OFFICE', 'REGION_OFFICE');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('KK', 'RU', 'EN', 'TR');

-- CreateEnum
CREATE TYPE "ClassType" AS ENUM ('GENERAL', 'GYMNASIUM');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PARENT', 'ADMINISTRATOR', 'DIRECTOR', 'DEPUTY_DIRECTOR_ACADEMIC', 'DEPUTY_DIRECTOR_UPBRINGING', 'EXECUTOR', 'SOCIAL_PEDAGOGUE', 'PSYCHOLOGIST', 'HR', 'METHODOLOGIST', 'MEDICAL_WORKER', 'DISTRICT_ADMINISTRATOR', 'DISTRICT_OFFICER', 'REGION_ADMINISTRATOR');

-- CreateEnum
CREATE TYPE "UserStatus" AS ENUM ('ACTIVE', 'BLOCKED');

-- CreateEnum
CREATE TYPE "ServiceCode" AS ENUM ('FIRST_GRADE', 'MEALS', 'TENTH_GRADE', 'TRANSPORT');

-- CreateEnum
CREATE TYPE "ConsentStatus" AS ENUM ('REQUESTED', 'CONFIRMED');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('DRAFT', 'UNDER_REVIEW', 'DOCUMENTS_CONFIRMED', 'AWAITING_SIGNATURE', 'ACCEPTED', 'REJECTED', 'WITHDRAWN', 'ENROLLED');

-- CreateEnum
CREATE TYPE "SmsDirection" AS ENUM ('OUTGOING', 'INCOMING');

-- CreateTable
CREATE TABLE "registry_address_unit" (
    "id" TEXT NOT NULL,
    "parentId" TEXT,
    "level" "AddressLevel" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "regionCode" TEXT,

    CONSTRAINT "registry_address_unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry_street" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,

    CONSTRAINT "registry_street_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry_building" (
    "id" TEXT NOT NULL,
    "streetId" TEXT NOT NULL,
    "number" TEXT NOT NULL,

    CONSTRAINT "registry_building_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry_citizen" (
    "iin" CHAR(12) NOT NULL,
    "surname" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "patronymic" TEXT,
    "birthDate" DATE NOT NULL,
    "sex" "Sex" NOT NULL,
    "phone" TEXT,
    "registrationBuildingId" TEXT,
    "apartment" TEXT,

    CONSTRAINT "registry_citizen_pkey" PRIMARY KEY ("iin")
);

-- CreateTable
CREATE TABLE "registry_kinship" (
    "parentIin" CHAR(12) NOT NULL,
    "childIin" CHAR(12) NOT NULL,
    "kinship" "Kinship" NOT NULL,

    CONSTRAINT "registry_kinship_pkey" PRIMARY KEY ("parentIin","childIin")
);

-- CreateTable
CREATE TABLE "registry_health_doc" (
    "id" TEXT NOT NULL,
    "childIin" CHAR(12) NOT NULL,
    "form" "HealthForm" NOT NULL,
    "issuedOn" DATE NOT NULL,
    "organisation" TEXT NOT NULL,
    "summary" TEXT NOT NULL,

    CONSTRAINT "registry_health_doc_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry_enrolment" (
    "id" TEXT NOT NULL,
    "childIin" CHAR(12) NOT NULL,
    "organisationName" TEXT NOT NULL,
    "grade" INTEGER NOT NULL,
    "since" DATE NOT NULL,

    CONSTRAINT "registry_enrolment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "registry_sis_staff" (
    "portalId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "login" TEXT NOT NULL,
    "birthDate" DATE NOT NULL,
    "position" TEXT NOT NULL,

    CONSTRAINT "registry_sis_staff_pkey" PRIMARY KEY ("portalId")
);

-- CreateTable
CREATE TABLE "registry_sis_account" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "childIin" CHAR(12) NOT NULL,
    "login" TEXT NOT NULL,
    "className" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "registry_sis_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,
    "bin" CHAR(12),
    "addressUnitId" TEXT NOT NULL,
    "addressKk" TEXT NOT NULL,
    "addressRu" TEXT NOT NULL,
    "email" TEXT,
    "website" TEXT,
    "phone" TEXT,
    "districtOfficeId" TEXT,
    "languages" "Language"[],
    "hasTransport" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "admission_campaign" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "academicYear" TEXT NOT NULL,
    "maxPerClass" INTEGER NOT NULL,
    "classTypes" "ClassType"[],
    "admitsByChoice" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "admission_campaign_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "seat_capacity" (
    "id" TEXT NOT NULL,
    "campaignId" TEXT NOT NULL,
    "classType" "ClassType" NOT NULL,
    "language" "Language" NOT NULL,
    "capacity" INTEGER NOT NULL,
    "reservedCatchment" INTEGER NOT NULL DEFAULT 0,
    "reservedOutside" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "seat_capacity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catchment" (
    "id" TEXT NOT NULL,
    "schoolId" TEXT NOT NULL,
    "streetId" TEXT,
    "buildingId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,

    CONSTRAINT "catchment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_day" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "nameKk" TEXT NOT NULL,
    "nameRu" TEXT NOT NULL,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "opening_window" (
    "regionId" TEXT NOT NULL,
    "academicYear" TEXT NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,

    CONSTRAINT "opening_window_pkey" PRIMARY KEY ("regionId","academicYear")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "status" "UserStatus" NOT NULL DEFAULT 'ACTIVE',
    "iin" CHAR(12),
    "login" TEXT,
    "passwordHash" TEXT,
    "fullName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "organisationId" TEXT,
    "sisPortalId" TEXT,
    "dataConsentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSignInAt" TIMESTAMP(3),

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sign_in_throttle" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lockedUntil" TIMESTAMP(3),

    CONSTRAINT "sign_in_throttle_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "service_assignment" (
    "userId" TEXT NOT NULL,
    "service" "ServiceCode" NOT NULL,
    "assignedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assignedBy" TEXT,

    CONSTRAINT "service_assignment_pkey" PRIMARY KEY ("userId","service")
);

-- CreateTable
CREATE TABLE "child_consent" (
    "id" TEXT NOT NULL,
    "parentId" TEXT NOT NULL,
    "childIin" CHAR(12) NOT NULL,
    "status" "ConsentStatus" NOT NULL DEFAULT 'REQUESTED',
    "code" TEXT NOT NULL,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "confirmedAt" TIMESTAMP(3),

    CONSTRAINT "child_consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application" (
    "id" TEXT NOT NULL,
    "number" SERIAL NOT NULL,
    "parentId" TEXT NOT NULL,
    "childIin" CHAR(12) NOT NULL,
    "openChildIin" CHAR(12),
    "status" "ApplicationStatus" NOT NULL DEFAULT 'DRAFT',
    "academicYear" TEXT NOT NULL,
    "schoolId" TEXT,
    "seatId" TEXT,
    "language" "Language",
    "classType" "ClassType",
    "isCatchment" BOOLEAN,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "submissionKey" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "submittedAt" TIMESTAMP(3),
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "application_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "application_event" (
    "id" TEXT NOT NULL,
    "applicationId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "actorName" TEXT,
    "fromStatus" "ApplicationStatus",
    "toStatus" "ApplicationStatus" NOT NULL,
    "comment" TEXT,

    CONSTRAINT "application_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "response_template" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "textKk" TEXT NOT NULL,
    "textRu" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "response_template_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "params" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sms_message" (
    "id" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "sender" TEXT NOT NULL,
    "direction" "SmsDirection" NOT NULL DEFAULT 'OUTGOING',
    "text" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sms_message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_entry" (
    "id" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "actorRole" "Role",
    "organisationId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',

    CONSTRAINT "audit_entry_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "registry_address_unit_parentId_idx" ON "registry_address_unit"("parentId");

-- CreateIndex
CREATE INDEX "registry_street_unitId_idx" ON "registry_street"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "registry_building_streetId_number_key" ON "registry_building"("streetId", "number");

-- CreateIndex
CREATE INDEX "registry_kinship_childIin_idx" ON "registry_kinship"("childIin");

-- CreateIndex
CREATE UNIQUE INDEX "registry_health_doc_childIin_form_key" ON "registry_health_doc"("childIin", "form");

-- CreateIndex
CREATE INDEX "registry_enrolment_childIin_idx" ON "registry_enrolment"("childIin");

-- CreateIndex
CREATE INDEX "registry_sis_staff_organisationId_idx" ON "registry_sis_staff"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "registry_sis_account_login_key" ON "registry_sis_account"("login");

-- CreateIndex
CREATE UNIQUE INDEX "registry_sis_account_organisationId_childIin_key" ON "registry_sis_account"("organisationId", "childIin");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_bin_key" ON "organisation"("bin");

-- CreateIndex
CREATE INDEX "organisation_districtOfficeId_idx" ON "organisation"("districtOfficeId");

-- CreateIndex
CREATE INDEX "organisation_addressUnitId_idx" ON "organisation"("addressUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "admission_campaign_schoolId_academicYear_key" ON "admission_campaign"("schoolId", "academicYear");

-- CreateIndex
CREATE UNIQUE INDEX "seat_capacity_campaignId_classType_language_key" ON "seat_capacity"("campaignId", "classType", "language");

-- CreateIndex
CREATE INDEX "catchment_streetId_idx" ON "catchment"("streetId");

-- CreateIndex
CREATE INDEX "catchment_buildingId_idx" ON "catchment"("buildingId");

-- CreateIndex
CREATE UNIQUE INDEX "catchment_schoolId_streetId_key" ON "catchment"("schoolId", "streetId");

-- CreateIndex
CREATE UNIQUE INDEX "catchment_schoolId_buildingId_key" ON "catchment"("schoolId", "buildingId");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_iin_key" ON "app_user"("iin");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_login_key" ON "app_user"("login");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_sisPortalId_key" ON "app_user"("sisPortalId");

-- CreateIndex
CREATE INDEX "app_user_organisationId_idx" ON "app_user"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "child_consent_parentId_childIin_key" ON "child_consent"("parentId", "childIin");

-- CreateIndex
CREATE UNIQUE INDEX "application_number_key" ON "application"("number");

-- CreateIndex
CREATE UNIQUE INDEX "application_openChildIin_key" ON "application"("openChildIin");

-- CreateIndex
CREATE UNIQUE INDEX "application_submissionKey_key" ON "application"("submissionKey");

-- CreateIndex
CREATE INDEX "application_parentId_idx" ON "application"("parentId");

-- CreateIndex
CREATE INDEX "application_schoolId_status_idx" ON "application"("schoolId", "status");

-- CreateIndex
CREATE INDEX "application_event_applicationId_at_idx" ON "application_event"("applicationId", "at");

-- CreateIndex
CREATE INDEX "notification_userId_createdAt_idx" ON "notification"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "sms_message_phone_createdAt_idx" ON "sms_message"("phone", "createdAt");

-- CreateIndex
CREATE INDEX "audit_entry_entity_entityId_idx" ON "audit_entry"("entity", "entityId");

-- CreateIndex
CREATE INDEX "audit_entry_organisationId_at_idx" ON "audit_entry"("organisationId", "at");

-- AddForeignKey
ALTER TABLE "registry_address_unit" ADD CONSTRAINT "registry_address_unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "registry_address_unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_street" ADD CONSTRAINT "registry_street_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "registry_address_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_building" ADD CONSTRAINT "registry_building_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "registry_street"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_citizen" ADD CONSTRAINT "registry_citizen_registrationBuildingId_fkey" FOREIGN KEY ("registrationBuildingId") REFERENCES "registry_building"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_kinship" ADD CONSTRAINT "registry_kinship_parentIin_fkey" FOREIGN KEY ("parentIin") REFERENCES "registry_citizen"("iin") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_kinship" ADD CONSTRAINT "registry_kinship_childIin_fkey" FOREIGN KEY ("childIin") REFERENCES "registry_citizen"("iin") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_health_doc" ADD CONSTRAINT "registry_health_doc_childIin_fkey" FOREIGN KEY ("childIin") REFERENCES "registry_citizen"("iin") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_enrolment" ADD CONSTRAINT "registry_enrolment_childIin_fkey" FOREIGN KEY ("childIin") REFERENCES "registry_citizen"("iin") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "registry_sis_staff" ADD CONSTRAINT "registry_sis_staff_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_addressUnitId_fkey" FOREIGN KEY ("addressUnitId") REFERENCES "registry_address_unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation" ADD CONSTRAINT "organisation_districtOfficeId_fkey" FOREIGN KEY ("districtOfficeId") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "admission_campaign" ADD CONSTRAINT "admission_campaign_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "seat_capacity" ADD CONSTRAINT "seat_capacity_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "admission_campaign"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catchment" ADD CONSTRAINT "catchment_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catchment" ADD CONSTRAINT "catchment_streetId_fkey" FOREIGN KEY ("streetId") REFERENCES "registry_street"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "catchment" ADD CONSTRAINT "catchment_buildingId_fkey" FOREIGN KEY ("buildingId") REFERENCES "registry_building"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_assignment" ADD CONSTRAINT "service_assignment_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "child_consent" ADD CONSTRAINT "child_consent_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application" ADD CONSTRAINT "application_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "seat_capacity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "application_event" ADD CONSTRAINT "application_event_applicationId_fkey" FOREIGN KEY ("applicationId") REFERENCES "application"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "response_template" ADD CONSTRAINT "response_template_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
