import { defineSubmissionSuite } from "./suites/submission";

// The real server is where concurrency is real: 200 parents for 5 seats.
defineSubmissionSuite("postgres", 200);
