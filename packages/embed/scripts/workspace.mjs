// The esbuild plugin the browser builds (scripts/build.mjs, scripts/builder.mjs) share: workspace packages from
// their sources (always current, no build order needed); third-party packages from node_modules.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const entries = {
  '@parklinks/data': 'data/src/index.ts',
  '@parklinks/data/dataset': 'data/src/dataset.ts',
  '@parklinks/data/renamed': 'data/src/renamed.ts',
  '@parklinks/core': 'core/src/index.ts',
  '@parklinks/core/map': 'core/src/map/index.ts',
  '@parklinks/core/network': 'core/src/network/index.ts',
  '@parklinks/core/timeline': 'core/src/timeline/index.ts',
  '@parklinks/react': 'react/src/index.ts',
  '@parklinks/react/map': 'react/src/map/index.ts',
  '@parklinks/react/network': 'react/src/network/index.ts',
  '@parklinks/react/timeline': 'react/src/timeline/index.ts',
  '@parklinks/react/explorer': 'react/src/explorer/index.ts',
  '@parklinks/react/table': 'react/src/table/index.ts',
};

// esbuild assigns whole files to chunks by which entries reach them, and every view reaches @parklinks/data's entry:
// a module it re-exports lands in the first paint's chunks even when only a later chunk uses it. Such modules are left
// out of that entry here, and given only to the modules that call them, through an entry of their own: the data
// checker (5.5 kB; the `src` loader's check and the interactive charts) and `toNetwork` (the network's scene, its
// default positions and the React network; 0.6 kB gzip of the map's and the timeline's first paint otherwise).
const dataDir = join(root, 'packages', 'data/src');
const dataEntry = join(dataDir, 'index.ts');
const dataOnly = [
  {
    from: join(dataDir, 'index.ts'),
    line: "export { checkDataset } from './validate/checkDataset.js';",
    module: join(dataDir, 'validate/checkDataset.ts'),
    names: 'checkDataset',
    users: /[\\/](embed[\\/]src[\\/]checkData|react[\\/]src[\\/]shared[\\/]useChartData)\.ts$/,
  },
  {
    from: join(dataDir, 'query/index.ts'),
    line: "export { type Network, type NetworkLink, type NetworkNode, toNetwork } from './toNetwork.js';",
    module: join(dataDir, 'query/toNetwork.ts'),
    names: 'toNetwork',
    users:
      /[\\/](core[\\/]src[\\/]network[\\/]networkScene|embed[\\/]src[\\/]static[\\/]defaultPositions|react[\\/]src[\\/]network[\\/]PartnershipNetwork)\.tsx?$/,
  },
];

// The same for d3-geo: core's first paint uses one projection, the interactive map (@visx/geo) several. Core's
// modules get d3-geo's entry without the projections core does not use; @visx/geo gets the whole entry.
const coreModule = /[\\/]packages[\\/]core[\\/]src[\\/]/;
const unusedProjections =
  /^export \{default as geo(Albers|AlbersUsa|AzimuthalEq\w+|Conic\w+|EqualEarth|Gnomonic|Mercator|Orthographic|Stereographic|TransverseMercator)\b.*$/gm;

// And for core's map entry: the embed's own modules (the first paint, the static SVG) get it without the modules only
// the interactive map uses (a cluster opened in place: `relayoutMarkers`, `labelsAfter`), which the React map still
// reaches through the whole entry.
const mapEntry = join(root, 'packages', 'core/src/map/index.ts');
const interactiveOnly = ["export * from './labelsAfter.js';", "export * from './relayoutMarkers.js';"];
const embedModule = /[\\/]packages[\\/]embed[\\/]src[\\/]/;

export const workspace = {
  name: 'workspace',
  setup(b) {
    b.onResolve({ filter: /^@parklinks\/core\/map$/ }, (args) =>
      embedModule.test(args.importer) ? { path: mapEntry, namespace: 'core-map-lean' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'core-map-lean' }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      let text = await readFile(args.path, 'utf8');
      for (const line of interactiveOnly) {
        if (!text.includes(line)) throw new Error(`${args.path}: no \`${line}\` to leave out`);
        text = text.replace(line, '');
      }
      return { contents: text, loader: 'ts', resolveDir: dirname(args.path) };
    });
    b.onResolve({ filter: /^d3-geo$/ }, async (args) => {
      if (!coreModule.test(args.importer)) return undefined;
      const r = await b.resolve('d3-geo', { kind: args.kind, resolveDir: args.resolveDir, pluginData: 'full' });
      if (r.errors.length > 0) return { errors: r.errors };
      return { path: r.path, namespace: 'd3-geo-lean' };
    });
    b.onLoad({ filter: /.*/, namespace: 'd3-geo-lean' }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      const text = await readFile(args.path, 'utf8');
      const lean = text.replace(unusedProjections, '');
      if (lean === text) throw new Error(`${args.path}: found no projection to leave out of d3-geo's entry`);
      return { contents: lean, loader: 'js', resolveDir: dirname(args.path) };
    });
    // @parklinks/data's entry files without the lines of `dataOnly`.
    b.onLoad({ filter: /[\\/]data[\\/]src[\\/](query[\\/])?index\.ts$/ }, async (args) => {
      const { readFile } = await import('node:fs/promises');
      let text = await readFile(args.path, 'utf8');
      for (const { from, line } of dataOnly) {
        if (from !== args.path) continue;
        if (!text.includes(line)) throw new Error(`${args.path}: no \`${line}\` to leave out`);
        text = text.replace(line, '');
      }
      return { contents: text, loader: 'ts', resolveDir: dirname(args.path) };
    });
    // For a module that calls some of them: the entry plus those modules' exports (`data+checkDataset`, …).
    b.onResolve({ filter: /^data\+/, namespace: 'parklinks' }, (args) => ({ path: args.path, namespace: 'parklinks' }));
    b.onLoad({ filter: /^data\+/, namespace: 'parklinks' }, (args) => {
      const wanted = args.path.slice('data+'.length).split('+');
      const lines = [`export * from ${JSON.stringify(dataEntry)};`];
      for (const d of dataOnly)
        if (wanted.includes(d.names)) lines.push(`export { ${d.names} } from ${JSON.stringify(d.module)};`);
      return { contents: lines.join('\n'), loader: 'js', resolveDir: root };
    });
    b.onResolve({ filter: /^@parklinks\// }, (args) => {
      if (args.path === '@parklinks/data') {
        const extra = dataOnly.filter((d) => d.users.test(args.importer)).map((d) => d.names);
        if (extra.length) return { path: `data+${extra.join('+')}`, namespace: 'parklinks' };
      }
      const file = entries[args.path];
      if (!file) throw new Error(`${args.path}: not a workspace entry the browser builds know`);
      return { path: join(root, 'packages', file) };
    });
  },
};
