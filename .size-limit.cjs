// Bundle budgets, checked by `pnpm test` (size tier) after the build. The embed's per-view budgets read the file
// lists the build writes to packages/embed/dist/sizes.json: what an element of a view loads to its first paint
// (its chunk, the code it imports, the built-in data in the largest locale, the network's positions), issue 15.
const { existsSync, readFileSync } = require('node:fs');

const sizes = 'packages/embed/dist/sizes.json';
const views = existsSync(sizes) ? JSON.parse(readFileSync(sizes, 'utf8')).views : {};
const embed = (f) => `packages/embed/dist/${f}`;

module.exports = [
  {
    name: '@parklinks/data',
    path: ['packages/data/dist/index.js', 'packages/data/dist/chunk-*.js'],
    gzip: true,
    limit: '78 kB',
  },
  { name: '@parklinks/data/node', path: 'packages/data/dist/node.js', gzip: true, limit: '2 kB' },
  {
    name: '@parklinks/data/dataset.json (grows with the records)',
    path: 'packages/data/dist/parklinks.json',
    gzip: true,
    limit: '145 kB',
  },
  { name: '@parklinks/data/schema.json', path: 'packages/data/dist/parklinks.schema.json', gzip: true, limit: '7 kB' },
  { name: '@parklinks/embed', path: 'packages/embed/dist/index.js', gzip: true, limit: '12 kB' },
  {
    name: '@parklinks/embed parklinks.js (the loader: every element, no chart code)',
    path: 'packages/embed/dist/parklinks.js',
    gzip: true,
    limit: '10 kB',
  },
  {
    name: '@parklinks/embed parklinks-react.js (the loader of the React 19 chunks)',
    path: 'packages/embed/dist/parklinks-react.js',
    gzip: true,
    limit: '10 kB',
  },
  ...['map', 'network', 'timeline'].map((view) => ({
    name: `@parklinks/embed <parklinks-${view}> first paint: its chunks, the built-in data and world (grows with the records)`,
    path: views[view] ? [...views[view].files.first, ...views[view].files.data].map(embed) : embed(`chunks/${view}.js`),
    gzip: true,
    limit: '90 kB',
  })),
];
