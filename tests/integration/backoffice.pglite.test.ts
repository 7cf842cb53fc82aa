import { defineBackofficeSuite } from "./suites/backoffice";

defineBackofficeSuite("pglite");
