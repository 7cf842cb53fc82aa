import { defineBackofficeSuite } from "./suites/backoffice";

defineBackofficeSuite("postgres");
