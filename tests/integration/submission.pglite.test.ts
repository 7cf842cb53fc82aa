import { defineSubmissionSuite } from "./suites/submission";

// PGlite runs one transaction at a time; the same rules with a smaller crowd.
defineSubmissionSuite("pglite", 20);
