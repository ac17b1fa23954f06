// The parklinks packages as a user installs them: `pnpm build` (unless told not to), `pnpm pack` of
// packages/{data,core,react}, then `npm install` of the three tarballs with react and react-dom (the workspace's
// versions) into a consumer folder under os.tmpdir(), outside the workspace. The folder is named after a hash of the
// tarballs and the dependency list, so a rerun with the same build reuses it instead of installing again.
// (The packaging tier, tests/package/globalSetup.ts, does the same for its own checks; this is a copy of the idea
// without vitest.)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The packages a page of the benchmark imports, in dependency order. */
export const packedPackages = ['data', 'core', 'react'];

// pnpm's npm_* variables would point npm at the workspace; the consumer must not see them.
function cleanEnv() {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm_|pnpm_|PNPM_|NODE_OPTIONS$|VITEST)/.test(k)) env[k] = v;
  return { ...env, TZ: 'UTC' };
}
function run(cmd, args, cwd, timeout = 600_000) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(), encoding: 'utf8', timeout, maxBuffer: 64 << 20 });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed, exit ${r.status}:\n${out.slice(-4000)}`);
  return Date.now() - t;
}
// The pnpm that runs us (`pnpm bench`), else the pinned one through npx.
function pnpm() {
  const p = process.env.npm_execpath;
  if (p && /pnpm/.test(p) && existsSync(p))
    return p.endsWith('.cjs') || p.endsWith('.js') ? [process.execPath, [p]] : [p, []];
  return ['npx', ['-y', 'pnpm@12.21.0']];
}

/**
 * Builds (optional), packs and installs; resolves to { dir, reused, tarballs, ms }. `dir` has node_modules with
 * @parklinks/{data,core,react}, react and react-dom.
 */
export function packedConsumer(root, { build = true, log = console.log } = {}) {
  const t0 = Date.now();
  const [pn, pnArgs] = pnpm();
  if (build) {
    const filters = packedPackages.flatMap((p) => ['--filter', `./packages/${p}`]);
    const ms = run(pn, [...pnArgs, '-r', ...filters, 'run', 'build'], root);
    log(`  built @parklinks/{${packedPackages.join(',')}} in ${(ms / 1000).toFixed(1)} s`);
  }
  const packDir = mkdtempSync(join(tmpdir(), 'parklinks-bench-pack-'));
  const tarballs = [];
  try {
    for (const p of packedPackages) {
      const dir = join(root, 'packages', p);
      if (!existsSync(join(dir, 'dist'))) throw new Error(`packages/${p}: no dist/ — run \`pnpm build\` first`);
      const before = new Set(readdirSync(packDir));
      run(pn, [...pnArgs, 'pack', '--pack-destination', packDir], dir);
      const made = readdirSync(packDir).filter((f) => !before.has(f) && f.endsWith('.tgz'));
      if (made.length !== 1) throw new Error(`pnpm pack in packages/${p} made ${made.length} tarballs`);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      tarballs.push({ name: manifest.name, file: made[0], bytes: readFileSync(join(packDir, made[0])) });
    }
    const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const react = { react: rootManifest.devDependencies.react, 'react-dom': rootManifest.devDependencies['react-dom'] };
    const deps = Object.fromEntries(tarballs.map((t) => [t.name, `file:tarballs/${t.file}`]));
    const manifest = {
      name: 'parklinks-bench-consumer',
      version: '0.0.0',
      private: true,
      type: 'module',
      dependencies: { ...deps, ...react },
      // The packages depend on each other by version (pnpm pack rewrote workspace:^): use the tarballs.
      overrides: Object.fromEntries(tarballs.map((t) => [t.name, `$${t.name}`])),
    };
    const hash = createHash('sha256');
    hash.update(JSON.stringify(manifest));
    for (const t of tarballs) hash.update(t.bytes);
    const key = hash.digest('hex').slice(0, 16);
    const dir = join(tmpdir(), `parklinks-bench-consumer-${key}`);
    if (existsSync(join(dir, '.installed'))) {
      log(`  consumer ${dir} (same tarballs: reused)`);
      return { dir, reused: true, tarballs: tarballs.map((t) => t.file), ms: Date.now() - t0 };
    }
    // Install into a fresh folder, then move it into place (a run that stops half-way leaves no broken cache).
    const work = mkdtempSync(join(tmpdir(), `parklinks-bench-consumer-${key}-`));
    mkdirSync(join(work, 'tarballs'));
    for (const t of tarballs) writeFileSync(join(work, 'tarballs', t.file), t.bytes);
    writeFileSync(join(work, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const ms = run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--ignore-scripts'],
      work,
    );
    for (const t of tarballs) {
      const installed = JSON.parse(readFileSync(join(work, 'node_modules', t.name, 'package.json'), 'utf8'));
      if (installed.name !== t.name) throw new Error(`${t.name} did not install from its tarball`);
    }
    writeFileSync(join(work, '.installed'), `${new Date().toISOString()}\n`);
    rmSync(dir, { recursive: true, force: true });
    renameSync(work, dir);
    log(`  consumer ${dir}: npm install of ${tarballs.map((t) => t.file).join(', ')} in ${(ms / 1000).toFixed(1)} s`);
    return { dir, reused: false, tarballs: tarballs.map((t) => t.file), ms: Date.now() - t0 };
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
}
