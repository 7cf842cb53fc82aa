import { definePasswordChangeSuite } from "./suites/password-change";

definePasswordChangeSuite("postgres");
