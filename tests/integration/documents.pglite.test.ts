import { defineDocumentsSuite } from "./suites/documents";

defineDocumentsSuite("pglite");
