// Server rendering from the installed tarballs: every exported component that takes a data set renders with
// react-dom/server and the built-in data set, in every locale, from the ESM and the CJS build: no throw, no console
// error or warning, the same markup twice, no error panel, dir="rtl" in Arabic, and every localized name present.
import { describe, expect, inject, test } from 'vitest';
import { output, run } from './consumer';

const consumer = inject('consumer');
const components = inject('components').filter((c) => c.required.includes('data'));

type Result = {
  length?: number;
  identical?: boolean;
  chart?: boolean;
  errorPanel?: boolean;
  rtl?: boolean;
  missing?: string[];
  logged: string[];
  threw?: string;
};

function ssr(format: 'esm' | 'cjs', pkg: string, name: string, props: object, locales?: string[]) {
  const args = ['ssr.mjs', format, pkg, name, JSON.stringify(props), ...(locales ? [locales.join(',')] : [])];
  const r = run(process.execPath, args, consumer);
  expect(r.status, output(r)).toBe(0);
  return JSON.parse(r.stdout) as Record<string, Result>;
}

test('the packages export components that take a data set', () => {
  expect(components.map((c) => c.name)).toEqual(
    expect.arrayContaining(['PartnershipMap', 'PartnershipNetwork', 'PartnershipTimeline']),
  );
});

describe.each(components)('$pkg › $name', ({ pkg, name, props, required }) => {
  // PartnershipMapBase exists to take the user's basemap instead of the built-in world: that one prop it requires.
  const own: string[] = name === 'PartnershipMapBase' ? ['basemap'] : [];
  test(`needs no prop but data${own.length ? ` and ${own.join(', ')}` : ''}`, () => {
    expect(required.filter((p) => p !== 'data' && !own.includes(p))).toEqual([]);
  });

  // `$export:` props are read from the package itself by ssr.mjs (a topology cannot travel as JSON here).
  const basemap = own.length ? { basemap: '$export:worldBasemap' } : {};
  const sized = {
    ...(props.includes('width') && props.includes('height') ? { width: 960, height: 540 } : {}),
    ...basemap,
  };
  describe.each(['esm', 'cjs'] as const)('%s build', (format) => {
    // The CJS build comes from the same source: two locales (one right to left) show it works.
    const locales = format === 'esm' ? ['en', 'zh', 'ru', 'ar', 'fr'] : ['en', 'ar'];
    test(`renderToString in ${locales.join(', ')}: deterministic, clean, names every record`, () => {
      const results = ssr(format, pkg, name, sized, locales);
      expect(Object.keys(results)).toEqual(locales);
      for (const [locale, r] of Object.entries(results)) {
        expect.soft(r.threw, `${locale}: threw`).toBeUndefined();
        expect.soft(r.logged, `${locale}: console output`).toEqual([]);
        expect.soft(r.identical, `${locale}: two renders differ`).toBe(true);
        expect.soft(r.errorPanel, `${locale}: shows the data error panel for the built-in data set`).toBe(false);
        expect.soft(r.missing, `${locale}: names missing from the markup`).toEqual([]);
        if (r.chart) expect.soft(r.rtl, `${locale}: dir="rtl"`).toBe(locale === 'ar');
      }
    });
  });

  if ('width' in sized)
    test('renders on the server without width/height too', () => {
      const r = ssr('esm', pkg, name, basemap, ['en']).en!;
      expect(r.threw).toBeUndefined();
      expect(r.logged).toEqual([]);
      expect(r.identical).toBe(true);
      expect(r.missing).toEqual([]);
    });
});
