import { defineSessionsSuite } from "./suites/sessions";

defineSessionsSuite("pglite");
