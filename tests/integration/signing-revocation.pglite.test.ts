import { defineSigningRevocationSuite } from "./suites/signing-revocation";

defineSigningRevocationSuite("pglite");
