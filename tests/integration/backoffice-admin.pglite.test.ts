import { defineBackofficeAdminSuite } from "./suites/backoffice-admin";

defineBackofficeAdminSuite("pglite");
