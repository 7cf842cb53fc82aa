import { definePasswordChangeSuite } from "./suites/password-change";

definePasswordChangeSuite("pglite");
