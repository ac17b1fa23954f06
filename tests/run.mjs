#!/usr/bin/env node
// `pnpm test`: every test of the project, in order, ending with one line "N passed, N failed".
//   lint → typecheck → build → unit + component tests → bundle budgets → browser tier → packaging tier → perf smoke
// Each check that is not a vitest test counts as one test. Run under pnpm so Node 22 is used.
// Pass tier names to run only some: `pnpm test unit browser`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const only = process.argv.slice(2);
const want = (name) => only.length === 0 || only.includes(name);
const reports = join('tests', 'artifacts', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
let passed = 0;
let failed = 0;
const failures = [];
const started = Date.now();

function run(label, cmd, args, env = {}) {
  const t = Date.now();
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } });
  console.log(`◀ ${label}: ${r.status === 0 ? 'ok' : `exit ${r.status}`} in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  return r.status === 0;
}
function check(label, cmd, args) {
  if (run(label, cmd, args)) passed += 1;
  else {
    failed += 1;
    failures.push(label);
  }
}
function vitest(label, args) {
  const out = join(reports, `${label}.json`);
  const ok = run(label, 'vitest', [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ]);
  if (!existsSync(out)) {
    failed += 1;
    failures.push(`${label} (no report)`);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A file that fails to load has no tests but still fails the run.
  const broken = r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  failed += broken;
  if (r.numFailedTests + broken > 0 || !ok) failures.push(label);
  if (!ok && r.numFailedTests + broken === 0) failed += 1;
}
const hasTests = (dir) => existsSync(dir) && readdirSync(dir).some((f) => /\.test\.(m?[jt]sx?)$/.test(f));

if (want('lint')) check('lint', 'biome', ['check', '.']);
if (want('typecheck')) check('typecheck', 'tsc', ['--noEmit']);
const needsBuild = ['unit', 'size', 'browser', 'package'].some(want);
if (needsBuild) check('build', 'pnpm', ['run', 'build']);
if (want('unit')) vitest('unit', []);
if (want('size') && existsSync('.size-limit.cjs')) check('size', 'size-limit', []);
if (want('browser') && hasTests('tests/browser')) vitest('browser', ['--config', 'tests/browser/vitest.config.ts']);
if (want('package') && hasTests('tests/package')) vitest('package', ['--config', 'tests/package/vitest.config.ts']);
// A smoke of the benchmark harness (the benchmark itself is `pnpm bench`).
if (want('perf') && existsSync('tests/perf/smoke.test.ts')) vitest('perf', ['--config', 'tests/perf/vitest.config.ts']);

console.log(
  `\n${failures.length ? `Failed: ${failures.join(', ')}` : 'All tiers passed'} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
