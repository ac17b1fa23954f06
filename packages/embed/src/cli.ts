import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { dataset as builtin } from '@parklinks/data/dataset';
import { type AttributeName, parseAttributes } from './attributes.js';
import { checkDataset } from './checkData.js';
import { renderPng } from './static/renderPng.js';
import { type RenderSvgOptions, renderSvg } from './static/renderSvg.js';
import { chartViews, isChartView } from './views.js';

const usage = `Usage:
  parklinks render ${chartViews.join('|')} [options]
      Write a standalone SVG or PNG (title, chart, legend, source line) for print, RSS, AMP and social cards.
  --out file.svg        where to write it (default: standard output)
  --format svg|png      image format (default: svg, or the --out file's extension)
  --scale 1|2           PNG pixel density (default 1; 2 for high-density screens)
  --locale en|zh|ru|ar|fr   language (default en)
  --theme light|dark    colours (default light)
  --width px            width of the image (default 960)
  --height px           height of the chart area (default: the chart's own aspect)
  --data file.json      a data set of the parklinks schema (default: the built-in one)
  --countries CN,FR  --kinds memorandum,…  --topics ict,…  --from YYYY[-MM[-DD]]  --to …   filter
  --title text          title above the chart (default: the chart's own)
  --source text         source line (default: the data set and its count of publications); --no-source for none
`;

const options = {
  out: { type: 'string' },
  format: { type: 'string' },
  scale: { type: 'string' },
  locale: { type: 'string' },
  theme: { type: 'string' },
  width: { type: 'string' },
  height: { type: 'string' },
  data: { type: 'string' },
  countries: { type: 'string' },
  kinds: { type: 'string' },
  topics: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  title: { type: 'string' },
  source: { type: 'string' },
  'no-source': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs the CLI; returns the exit code. Exported so tests can call it without a subprocess. */
export function main(
  argv: string[],
  out: (s: string) => void = (s) => void process.stdout.write(s),
  err: (s: string) => void = (s) => void process.stderr.write(s),
): number {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof options; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true });
  } catch (e) {
    err(`parklinks: ${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  const { values: v, positionals } = parsed;
  const [command, view] = positionals;
  if (v.help) {
    out(usage);
    return 0;
  }
  if (command !== 'render' || !isChartView(view)) {
    err(
      `parklinks: ${command !== 'render' ? 'the command is render' : `the view must be one of ${chartViews.join(', ')}`}\n\n${usage}`,
    );
    return 2;
  }
  const attr: Partial<Record<AttributeName, string | undefined>> = { ...v, heading: v.title };
  const { options: o, problems } = parseAttributes((name) => attr[name] ?? null);
  const width = v.width === undefined ? 960 : Number(v.width);
  if (!(width >= 240 && width <= 4000))
    problems.push(`width: ${JSON.stringify(v.width)} is not a number of pixels between 240 and 4000`);
  if (o.theme === 'auto') problems.push('theme: a static image needs light or dark');
  const format = v.format ?? (v.out?.toLowerCase().endsWith('.png') ? 'png' : 'svg');
  if (format !== 'svg' && format !== 'png') problems.push(`format: ${JSON.stringify(v.format)} is not svg or png`);
  const scale = v.scale === undefined ? 1 : Number(v.scale);
  if (!(scale >= 0.5 && scale <= 4))
    problems.push(`scale: ${JSON.stringify(v.scale)} is not a number between 0.5 and 4`);
  let data = builtin;
  if (v.data) {
    let parsedData: unknown;
    try {
      parsedData = JSON.parse(readFileSync(v.data, 'utf8'));
    } catch (e) {
      problems.push(`data: cannot read ${v.data} as JSON (${(e as Error).message})`);
    }
    if (parsedData !== undefined) {
      const r = checkDataset(parsedData, v.data);
      if (r.ok) data = r.data;
      else problems.push(`data: ${r.problem}`);
    }
  }
  if (problems.length > 0) {
    err(problems.map((p) => `parklinks: ${p}\n`).join(''));
    return 1;
  }
  const svgOptions: RenderSvgOptions = {
    view,
    data,
    locale: o.locale,
    theme: o.theme === 'dark' ? 'dark' : 'light',
    width,
    ...(o.height !== undefined ? { height: o.height } : {}),
    ...(o.filter ? { filter: o.filter } : {}),
    ...(o.heading ? { title: o.heading } : {}),
    ...(v['no-source'] ? { source: false as const } : v.source ? { source: v.source } : {}),
  };
  if (format === 'png') {
    const png = renderPng({ ...svgOptions, scale });
    if (v.out) writeFileSync(v.out, png);
    else process.stdout.write(png);
    if (v.out) err(`parklinks: wrote ${v.out} (${(png.length / 1024).toFixed(1)} KB)\n`);
    return 0;
  }
  const svg = renderSvg(svgOptions);
  if (v.out) {
    writeFileSync(v.out, svg);
    err(`parklinks: wrote ${v.out} (${(svg.length / 1024).toFixed(1)} KB)\n`);
  } else out(svg);
  return 0;
}
