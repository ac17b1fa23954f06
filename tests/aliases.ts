// The workspace packages' public entries → their sources, for Vitest and Storybook (no build needed).
// Exact matches (`^…$`), so `@parklinks/data` does not also catch `@parklinks/data/dataset`.
import { fileURLToPath } from 'node:url';

const src = (p: string) => fileURLToPath(new URL(`../packages/${p}`, import.meta.url));

/** Package entry → source file; keep in step with the packages' `exports` and tsconfig.json's `paths`. */
export const entrySources: Record<string, string> = {
  '@parklinks/data': src('data/src/index.ts'),
  '@parklinks/data/dataset': src('data/src/dataset.ts'),
  '@parklinks/data/renamed': src('data/src/renamed.ts'),
  '@parklinks/data/schema': src('data/src/schema.ts'),
  '@parklinks/data/node': src('data/src/node/index.ts'),
  '@parklinks/core': src('core/src/index.ts'),
  '@parklinks/core/map': src('core/src/map/index.ts'),
  '@parklinks/core/network': src('core/src/network/index.ts'),
  '@parklinks/core/timeline': src('core/src/timeline/index.ts'),
  '@parklinks/react': src('react/src/index.ts'),
  '@parklinks/react/map': src('react/src/map/index.ts'),
  '@parklinks/react/network': src('react/src/network/index.ts'),
  '@parklinks/react/timeline': src('react/src/timeline/index.ts'),
  '@parklinks/react/explorer': src('react/src/explorer/index.ts'),
  '@parklinks/react/table': src('react/src/table/index.ts'),
  '@parklinks/embed': src('embed/src/index.ts'),
};

const escapeRe = (s: string) => s.replace(/[/.]/g, '\\$&');
/** Vite `resolve.alias` entries for every workspace entry. */
export const workspaceAliases = Object.entries(entrySources).map(([find, replacement]) => ({
  find: new RegExp(`^${escapeRe(find)}$`),
  replacement,
}));
