import { defineSessionsSuite } from "./suites/sessions";

defineSessionsSuite("postgres");
