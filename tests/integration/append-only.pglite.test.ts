import { defineAppendOnlySuite } from "./suites/append-only";

defineAppendOnlySuite("pglite");
