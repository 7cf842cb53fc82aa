// The business date must be set before the server modules read their configuration.
process.env.APP_TODAY = "2026-07-06";
const { defineWizardSuite } = await import("./suites/wizard");

defineWizardSuite("pglite");

export {};
