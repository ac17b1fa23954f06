// Packs every workspace package with `pnpm pack` (after `pnpm build`, which tests/run.mjs runs first) and installs
// the tarballs with npm into a fresh consumer under os.tmpdir(), outside the workspace, next to react, react-dom,
// typescript and @types/react. Then lists the exported components and their props with the consumer's TypeScript.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { type ComponentInfo, output, type PackageInfo, run, workspacePackages } from './consumer';

declare module 'vitest' {
  export interface ProvidedContext {
    consumer: string;
    packages: PackageInfo[];
    components: ComponentInfo[];
  }
}

/** Consumer dependencies besides the tarballs: exact versions, as a newcomer's app would pin them. */
const consumerDeps = { react: '19.3.1', 'react-dom': '19.3.1', next: '16.5.0' };
// esbuild bundles one page per view for the size budgets (views.test.ts), as a user's bundler would.
const consumerDevDeps = { typescript: '6.0.3', '@types/react': '19.3.0', esbuild: '0.28.2' };

export default async function setup(project: TestProject) {
  const t0 = Date.now();
  const consumer = mkdtempSync(join(tmpdir(), 'parklinks-consumer-'));
  const tarballs = join(consumer, 'tarballs');
  mkdirSync(tarballs);
  const packages: PackageInfo[] = [];
  for (const { dir, manifest } of workspacePackages()) {
    if (!existsSync(join(dir, 'dist'))) throw new Error(`${manifest.name}: no dist/ — run \`pnpm build\` first`);
    const before = new Set(readdirSync(tarballs));
    const r = run('pnpm', ['pack', '--pack-destination', tarballs], dir);
    const made = readdirSync(tarballs).filter((f) => !before.has(f) && f.endsWith('.tgz'));
    if (r.status !== 0 || made.length !== 1) throw new Error(`pnpm pack ${manifest.name} failed: ${output(r)}`);
    packages.push({ dir, name: manifest.name, tarball: join(tarballs, made[0]!) });
  }
  const deps = Object.fromEntries(packages.map((p) => [p.name, `file:tarballs/${basename(p.tarball)}`]));
  writeFileSync(
    join(consumer, 'package.json'),
    `${JSON.stringify(
      {
        name: 'parklinks-consumer',
        version: '0.0.0',
        private: true,
        type: 'module',
        dependencies: { ...deps, ...consumerDeps },
        devDependencies: consumerDevDeps,
        // The packages depend on each other by version (pnpm pack rewrote workspace:^); use the tarballs.
        overrides: Object.fromEntries(packages.map((p) => [p.name, `$${p.name}`])),
      },
      null,
      2,
    )}\n`,
  );
  const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], consumer);
  if (install.status !== 0) throw new Error(`npm install in ${consumer} failed: ${output(install)}`);
  for (const p of packages) {
    const installed = JSON.parse(readFileSync(join(consumer, 'node_modules', p.name, 'package.json'), 'utf8'));
    if (installed.name !== p.name) throw new Error(`${p.name} did not install from its tarball`);
  }
  cpSync(fileURLToPath(new URL('fixtures', import.meta.url)), consumer, { recursive: true });
  const components = probeComponents(consumer, packages);
  console.log(
    `package tier: packed ${packages.length} packages and installed them in ${consumer} in ${((Date.now() - t0) / 1000).toFixed(1)} s (npm install ${(install.ms / 1000).toFixed(1)} s)`,
  );
  project.provide('consumer', consumer);
  project.provide('packages', packages);
  project.provide('components', components);
  return () => {
    if (!process.env.PARKLINKS_KEEP_CONSUMER) rmSync(consumer, { recursive: true, force: true });
  };
}

/** Exported function components (PascalCase, callable with one props object) and their props, via the type checker. */
function probeComponents(consumer: string, packages: PackageInfo[]): ComponentInfo[] {
  const dir = join(consumer, 'probe');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'probe.ts'), packages.map((p, i) => `import * as m${i} from '${p.name}';`).join('\n'));
  writeFileSync(
    join(dir, 'probe.mjs'),
    `import ts from 'typescript';
const names = ${JSON.stringify(packages.map((p) => p.name))};
const program = ts.createProgram(['probe/probe.ts'], { strict: true, module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler, jsx: ts.JsxEmit.ReactJSX, noEmit: true, skipLibCheck: true });
const checker = program.getTypeChecker();
const file = program.getSourceFile('probe/probe.ts');
const out = [];
file.statements.forEach((st, i) => {
  const mod = checker.getSymbolAtLocation(st.moduleSpecifier);
  if (!mod) throw new Error('cannot resolve ' + names[i]);
  for (const sym of checker.getExportsOfModule(mod)) {
    const name = sym.getName();
    if (!/^[A-Z]/.test(name)) continue;
    const real = sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym;
    if (!(real.flags & ts.SymbolFlags.Value)) continue;
    const sig = checker.getTypeOfSymbolAtLocation(real, st).getCallSignatures()[0];
    const param = sig?.parameters[0];
    if (!param) continue;
    const props = checker.getTypeOfSymbolAtLocation(param, st).getApparentProperties();
    out.push({ pkg: names[i], name, props: props.map((p) => p.getName()),
      required: props.filter((p) => !(p.flags & ts.SymbolFlags.Optional)).map((p) => p.getName()) });
  }
});
console.log(JSON.stringify(out));
`,
  );
  const r = run(process.execPath, ['probe/probe.mjs'], consumer);
  if (r.status !== 0) throw new Error(`listing components failed: ${output(r)}`);
  return JSON.parse(r.stdout);
}
