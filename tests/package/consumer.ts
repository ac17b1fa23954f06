// Shared by the packaging tier: where the packages are, how to run a command in the temporary consumer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const packagesDir = join(root, 'packages');

export type Manifest = {
  name: string;
  version: string;
  exports?: Record<string, unknown>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  engines?: { node?: string };
};
export type PackageInfo = { dir: string; name: string; tarball: string };
export type ComponentInfo = { pkg: string; name: string; props: string[]; required: string[] };

/** Workspace packages that are published (not private), from packages/*. */
export function workspacePackages(): { dir: string; manifest: Manifest }[] {
  return readdirSync(packagesDir)
    .map((d) => join(packagesDir, d))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
    .filter((p) => !p.manifest.private);
}

/** The environment without pnpm's npm_* variables (npm_config_local_prefix would point npm at the workspace). */
export function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^(npm_|pnpm_|PNPM_|NODE_OPTIONS$|VITEST)/.test(k)) env[k] = v;
  return { ...env, TZ: 'UTC', ...extra };
}

export type RunResult = { status: number | null; stdout: string; stderr: string; ms: number };

export function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}, timeout = 300_000) {
  const t = Date.now();
  const r = spawnSync(cmd, args, { cwd, env: cleanEnv(env), encoding: 'utf8', timeout, maxBuffer: 64 << 20 });
  return {
    status: r.status,
    stdout: r.stdout ?? '',
    stderr: `${r.stderr ?? ''}${r.error ? `\n${r.error.message}` : ''}`,
    ms: Date.now() - t,
  } satisfies RunResult;
}

/** A compact failure text for expect messages. */
export const output = (r: RunResult) => `exit ${r.status}\n${r.stdout.slice(-6000)}\n${r.stderr.slice(-6000)}`;

/** Node 22 (the workspace's) and, when present, the system Node 20, since the packages promise `node >=20`. */
export function nodes(): { label: string; path: string }[] {
  const out = [{ label: `node ${process.versions.node}`, path: process.execPath }];
  for (const p of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(p)) continue;
    const v = spawnSync(p, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, '');
    if (v && v !== process.versions.node && !out.some((n) => n.label === `node ${v}`))
      out.push({ label: `node ${v}`, path: p });
  }
  return out;
}
