/**
 * `npm test`: the whole suite, in order — lint, typecheck, unit tests, integration tests
 * (real PostgreSQL, or embedded PGlite when no server is reachable), then end-to-end tests
 * (real Chromium against the production build). Ends with one line "N passed, N failed".
 * `npm test -- --skip-e2e` / `--only unit,integration` narrow it for quick local runs.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { "skip-e2e": { type: "boolean", default: false }, only: { type: "string" } } });
const only = values.only?.split(",");
const out = path.resolve(".data/test-results");
fs.mkdirSync(out, { recursive: true });
process.env.NEXT_TELEMETRY_DISABLED = "1";

type Step = { name: string; cmd: string[]; report?: string; kind?: "vitest" | "playwright" };
const steps: Step[] = [
  { name: "lint", cmd: ["npx", "eslint", "--max-warnings=0", "."] },
  { name: "typecheck", cmd: ["npx", "tsc", "--noEmit"] },
  { name: "unit", kind: "vitest", report: `${out}/unit.json`, cmd: ["npx", "vitest", "run", "--project", "unit", "--reporter=default", "--reporter=json", `--outputFile.json=${out}/unit.json`] },
  {
    name: "integration",
    kind: "vitest",
    report: `${out}/integration.json`,
    cmd: ["npx", "vitest", "run", "--project", "integration", "--reporter=default", "--reporter=json", `--outputFile.json=${out}/integration.json`],
  },
  { name: "e2e", kind: "playwright", report: `${out}/e2e.json`, cmd: ["npx", "playwright", "test", "--reporter=list,json"] },
];

let passed = 0;
let failed = 0;
let skipped = 0;
const failedSteps: string[] = [];
for (const step of steps) {
  if (only && !only.includes(step.name)) continue;
  if (step.name === "e2e" && values["skip-e2e"]) continue;
  console.log(`\n=== ${step.name}: ${step.cmd.join(" ")}`);
  const started = Date.now();
  const env = step.kind === "playwright" ? { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: step.report } : process.env;
  const r = spawnSync(step.cmd[0], step.cmd.slice(1), { stdio: "inherit", env });
  console.log(`=== ${step.name}: ${r.status === 0 ? "ok" : "FAILED"} in ${Math.round((Date.now() - started) / 1000)} s`);
  let counted = false;
  if (step.report && fs.existsSync(step.report)) {
    const report = JSON.parse(fs.readFileSync(step.report, "utf8"));
    if (step.kind === "vitest") {
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
      skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
    } else {
      passed += (report.stats?.expected ?? 0) + (report.stats?.flaky ?? 0);
      failed += report.stats?.unexpected ?? 0;
      skipped += report.stats?.skipped ?? 0;
    }
    counted = true;
    fs.rmSync(step.report);
  }
  if (r.status === 0 && !counted) passed += 1; // a check without test counts (lint, typecheck)
  if (r.status !== 0) {
    failedSteps.push(step.name);
    if (!counted) failed += 1; // a failed check, or a runner that died before reporting
  }
}
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failedSteps.length ? 1 : 0);
