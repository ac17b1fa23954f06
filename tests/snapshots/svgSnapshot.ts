// SVG snapshots in Observable Plot's manner: each scene rendered by `sceneToSvg` is kept here as <name>.svg; on a
// difference the test fails and writes <name>-changed.svg beside it, so a person can open both and look.
//   UPDATE_SNAPSHOTS=1 npx -y pnpm@12.21.0 test:unit   rewrite every snapshot (then review the git diff)
// A missing snapshot is written on a developer's machine and fails under CI (it must be committed).
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));

/** Compares `svg` with tests/snapshots/<name>.svg; returns a message when they differ (undefined when equal). */
export function compareSvgSnapshot(name: string, svg: string): string | undefined {
  const file = `${dir}${name}.svg`;
  const changed = `${dir}${name}-changed.svg`;
  if (process.env.UPDATE_SNAPSHOTS || (!existsSync(file) && !process.env.CI)) {
    writeFileSync(file, svg);
    rmSync(changed, { force: true });
    return undefined;
  }
  if (!existsSync(file)) return `tests/snapshots/${name}.svg is missing: run the unit tests locally and commit it`;
  if (readFileSync(file, 'utf8') === svg) {
    rmSync(changed, { force: true });
    return undefined;
  }
  writeFileSync(changed, svg);
  return `tests/snapshots/${name}.svg differs: see tests/snapshots/${name}-changed.svg (UPDATE_SNAPSHOTS=1 to accept)`;
}
