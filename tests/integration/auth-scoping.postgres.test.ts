import { defineAuthScopingSuite } from "./suites/auth-scoping";

defineAuthScopingSuite("postgres");
