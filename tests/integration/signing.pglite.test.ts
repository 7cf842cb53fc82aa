import { defineSigningSuite } from "./suites/signing";

defineSigningSuite("pglite");
