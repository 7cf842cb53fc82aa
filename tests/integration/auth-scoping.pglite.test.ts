import { defineAuthScopingSuite } from "./suites/auth-scoping";

defineAuthScopingSuite("pglite");
