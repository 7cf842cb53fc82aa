import { defineSigningSuite } from "./suites/signing";

defineSigningSuite("postgres");
