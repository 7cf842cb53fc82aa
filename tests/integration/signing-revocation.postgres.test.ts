import { defineSigningRevocationSuite } from "./suites/signing-revocation";

defineSigningRevocationSuite("postgres");
