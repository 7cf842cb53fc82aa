import { defineDocumentsSuite } from "./suites/documents";

defineDocumentsSuite("postgres");
