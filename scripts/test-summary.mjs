// Prints one closing line for the whole suite: "Tests: N passed, N failed".
import fs from "node:fs";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ["jest-unit.json", "jest-integration.json"]) {
  const file = `test-results/${name}`;
  if (!fs.existsSync(file)) continue;
  const r = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
if (fs.existsSync("test-results/e2e.json")) {
  const r = JSON.parse(fs.readFileSync("test-results/e2e.json", "utf8"));
  passed += r.stats.expected;
  failed += r.stats.unexpected + r.stats.flaky;
  skipped += r.stats.skipped;
}
console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
