import { defineStandInsOffSuite } from "./suites/stand-ins-off";

defineStandInsOffSuite("pglite");
