import { defineEgovIdpSuite } from "./suites/egov-idp";

defineEgovIdpSuite("postgres");
