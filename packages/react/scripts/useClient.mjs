#!/usr/bin/env node
// Makes "use client" the first statement of every built file, ESM and CJS (tsup's CJS output starts with
// "use strict" and an __esModule define, after which a directive no longer counts). React Server Components
// (Next.js App Router) then treat every chart as a client module, so a server page imports one with no wrapper.
// Prepended on line 1 (no newline), so the source maps' line numbers stay right.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const directive = '"use client";';
let n = 0;
for (const f of readdirSync(dist)) {
  if (!/\.(c|m)?js$/.test(f)) continue;
  const path = join(dist, f);
  const text = readFileSync(path, 'utf8');
  // esbuild drops a source file's directive when it bundles; a stray one left in the body is harmless, but
  // remove the copies tsup's banner put after "use strict" so each file says it once.
  const body = text.replace(
    /^((?:"use strict";)?(?:Object\.defineProperty\(exports, "__esModule", \{value: true\}\);)?)"use client";\n?/,
    '$1',
  );
  writeFileSync(path, directive + (body.startsWith('"use client"') ? body.slice(directive.length) : body));
  n += 1;
}
console.log(`use client: ${n} files in dist/ start with the directive`);
