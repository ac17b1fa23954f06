// The esbuild plugin the browser builds (scripts/build.mjs, scripts/builder.mjs) share: workspace packages from
// their sources (always current, no build order needed); third-party packages from node_modules.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const entries = {
  '@parklinks/data': 'data/src/index.ts',
  '@parklinks/data/dataset': 'data/src/dataset.ts',
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

export const workspace = {
  name: 'workspace',
  setup(b) {
    b.onResolve({ filter: /^@parklinks\// }, (args) => {
      // currentId needs only the renamed ids: importing them through the data set's entry would make the data set
      // a static import of every view's code, when it is meant to be a chunk fetched only without `src`.
      if (args.path === '@parklinks/data/dataset' && /currentId\.ts$/.test(args.importer))
        return { path: join(root, 'packages', 'data/src/generated/renamed.ts') };
      const file = entries[args.path];
      if (!file) throw new Error(`${args.path}: not a workspace entry the browser builds know`);
      return { path: join(root, 'packages', file) };
    });
  },
};
