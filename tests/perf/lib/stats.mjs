// Medians, rows for results.json and the Markdown report.
export const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const round = (x, d = 1) => (x === undefined ? undefined : Math.round(x * 10 ** d) / 10 ** d);

const views = ['map', 'network', 'timeline'];
const sizeOrder = ['small', 'medium', 'large', 'xlarge'];

/** One row per profile, view, library and size: medians of the repetitions. */
export function toRows(samples, built, pages, sizeNames, profileNames = ['clustered']) {
  const rows = [];
  const unfinished = [];
  for (const profile of profileNames)
    for (const size of sizeNames)
      for (const page of pages) {
        const b = built.find((x) => x.name === page.name);
        const runs = samples.filter(
          (s) => s.name === page.name && s.size === size && (s.profile ?? 'clustered') === profile,
        );
        const ok = runs.filter((s) => !s.error);
        if (!b || b.error || ok.length === 0) {
          if (runs.length || b?.error)
            unfinished.push({
              profile,
              view: page.view,
              lib: page.lib,
              size,
              error: b?.error ?? runs[0]?.error ?? 'not run',
            });
          continue;
        }
        const m = (k) => median(ok.map((s) => s[k]));
        const opt = (k, d = 1) => (m(k) !== undefined ? { [k]: round(m(k), d) } : {});
        // The loads' spread (`presentedRangeMs`, `hoverPresentedRangeMs` …): how far its median can be trusted.
        const spread = (k) => {
          const v = ok.map((s) => s[k]).filter((x) => typeof x === 'number');
          return v.length ? { [k.replace(/Ms$/, 'RangeMs')]: [round(Math.min(...v)), round(Math.max(...v))] } : {};
        };
        rows.push({
          profile,
          view: page.view,
          lib: page.lib,
          size,
          firstRenderMs: round(m('firstRenderMs')),
          presentedMs: round(m('presentedMs')),
          ...opt('layoutMs'),
          ...opt('hoverMs'),
          ...opt('hoverPresentedMs'),
          ...opt('hoverWarmMs'),
          ...opt('hoverWarmPresentedMs'),
          ...opt('selectMs'),
          ...opt('selectPresentedMs'),
          ...opt('selectWarmMs'),
          ...opt('selectWarmPresentedMs'),
          ...opt('hoverDrawnMs'),
          ...opt('hoverWarmDrawnMs'),
          ...opt('selectDrawnMs'),
          ...opt('selectWarmDrawnMs'),
          ...spread('hoverPresentedMs'),
          ...spread('selectPresentedMs'),
          ...spread('hoverDrawnMs'),
          ...spread('selectDrawnMs'),
          heapMB: round(m('heapMB'), 2),
          gzipKB: round(b.gzipBytes / 1024),
          ...(b.from ? { from: b.from } : {}),
          elements: m('elements'),
          runs: ok.length,
          ...spread('presentedMs'),
        });
      }
  return { rows, unfinished };
}

const peerOf = { map: 'react-simple-maps', network: '@nivo/network', timeline: 'vis-timeline' };
const fmt = (x, d = 0) => (x === undefined || x === null ? '–' : x.toFixed(d));
const ratio = (a, b) =>
  a === undefined || b === undefined || a === null || b === null ? '–' : `${(a / b).toFixed(2)}×`;
const finder = (rows, unfinished) => ({
  get: (profile, view, lib, size) =>
    rows.find((r) => (r.profile ?? 'clustered') === profile && r.view === view && r.lib === lib && r.size === size),
  dnf: (profile, view, lib, size) =>
    unfinished.find(
      (r) => (r.profile ?? 'clustered') === profile && r.view === view && r.lib === lib && r.size === size,
    ),
});

/** ` (loads 12.1–31.0 ms)`: the range of a median's loads, where the row has it. */
const spreadOf = (row, key) => {
  const r = row[key.replace(/Ms$/, 'RangeMs')];
  return r ? ` (loads ${fmt(r[0], 1)}–${fmt(r[1], 1)})` : '';
};

/** A floor page's two hovers, drawn (the probe's rAF, JS), as results.md words them. */
const floorHovers = (f) =>
  `draws its first hover at ${fmt(f.hoverDrawnMs, 1)} ms (the probe's rAF ${fmt(f.hoverPresentedMs, 1)}, JS ` +
  `${fmt(f.hoverMs, 1)}), its second at ${fmt(f.hoverWarmDrawnMs, 1)} (${fmt(f.hoverWarmPresentedMs, 1)}, ` +
  `${fmt(f.hoverWarmMs, 1)}); median of ${f.runs} loads`;

/** The floor pages' first hovers (`machine.probeFloor`, `machine.probeFloorLinks`), for a pointer-hover goal line. */
const floorsOf = ({ probeFloor: a, probeFloorLinks: b }) =>
  a || b
    ? `; no framework: floor-dom ${a ? fmt(a.hoverDrawnMs, 1) : '–'}, floor-links ${b ? fmt(b.hoverDrawnMs, 1) : '–'}`
    : '';

/**
 * Goals of issue 14, judged on painted-frame figures: first frames on `presentedMs`; highlights on when the change
 * was drawn (`hoverDrawnMs`, `selectDrawnMs`, from a trace), with the probe's `…PresentedMs` beside them, and beside
 * a pointer hover the floor pages' first hovers of the same run (`machine.probeFloor`, `machine.probeFloorLinks`).
 */
export function goals(rows, unfinished, floors = {}) {
  const { get, dnf } = finder(rows, unfinished);
  const out = [];
  const vsRef = (profile, view, lib, limit, label) => {
    const p = get(profile, view, 'parklinks', 'large');
    const q = get(profile, view, lib, 'large');
    const goal = `${label} (${profile})`;
    if (p && q)
      out.push({
        goal,
        value: `${(p.presentedMs / q.presentedMs).toFixed(2)}× (${fmt(p.presentedMs)} vs ${fmt(q.presentedMs)} ms)`,
        ok: p.presentedMs <= limit * q.presentedMs,
      });
    else if (p && dnf(profile, view, lib, 'large'))
      out.push({
        goal,
        value: `${fmt(p.presentedMs)} ms vs ${lib} unfinished (${dnf(profile, view, lib, 'large').error})`,
        ok: true,
      });
    else out.push({ goal, value: 'not measured', ok: false });
  };
  for (const profile of ['plain', 'clustered'])
    vsRef(profile, 'map', 'react-simple-maps', 0.5, 'map first painted frame at large ≤ 0.5 × react-simple-maps');
  vsRef('plain', 'timeline', 'visx-bare', 1.5, 'timeline first painted frame at large ≤ 1.5 × bare visx');
  vsRef('plain', 'network', '@nivo/network', 0.1, 'network first painted frame at large ≤ 0.1 × @nivo/network');
  for (const profile of ['plain', 'clustered'])
    for (const view of views)
      for (const [way, key, probe] of [
        ['pointer hover', 'hoverDrawnMs', 'hoverPresentedMs'],
        ['selectedId', 'selectDrawnMs', 'selectPresentedMs'],
      ]) {
        const p = get(profile, view, 'parklinks', 'medium');
        out.push({
          goal: `${view} highlight at medium by ${way} ≤ 16 ms to the painted frame (${profile})`,
          value:
            p?.[key] === undefined
              ? 'not measured'
              : `drawn at ${fmt(p[key], 1)} ms${spreadOf(p, key)}; the probe's rAF ${fmt(p[probe], 1)}${
                  key === 'hoverDrawnMs' ? floorsOf(floors) : ''
                }`,
          ok: p?.[key] !== undefined && p[key] <= 16,
        });
      }
  for (const view of views) {
    const p = get('plain', view, 'parklinks', 'xlarge');
    const d = dnf('plain', view, 'parklinks', 'xlarge');
    out.push({
      goal: `${view} first painted frame at xlarge ≤ 2 s (plain)`,
      value: p
        ? `${fmt(p.presentedMs)} ms, heap ${fmt(p.heapMB, 0)} MB`
        : d
          ? `unfinished: ${d.error}`
          : 'not measured',
      ok: Boolean(p && p.presentedMs <= 2000),
    });
    const hov = [p?.hoverDrawnMs, p?.selectDrawnMs];
    out.push({
      goal: `${view} highlight at xlarge ≤ 50 ms painted, pointer hover and selectedId (plain)`,
      value: p ? `hover drawn at ${fmt(hov[0], 1)} ms, selectedId ${fmt(hov[1], 1)} ms` : 'not measured',
      ok: hov.every((x) => x !== undefined && x <= 50),
    });
  }
  return out;
}

export function markdown({ machine, rows, unfinished, notes }) {
  const lines = [];
  const m = machine;
  const { get, dnf } = finder(rows, unfinished);
  const profileNames = m.profiles ?? ['clustered'];
  lines.push('# parklinks benchmark', '');
  lines.push(
    `Run ${m.date} on ${m.os}, ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), ${m.chromium}, Node ${m.node}; ` +
      `commit ${m.commit}. Load average before/after: ${m.loadAverage.before.join(' ')} / ${m.loadAverage.after.join(' ')}. ` +
      `${m.warmup} warm-up pass${m.warmup === 1 ? '' : 'es'}, then ${m.reps} interleaved repetitions; medians. ` +
      `parklinks from ${m.parklinksFrom ?? 'source'}. Took ${Math.round((m.durationS ?? 0) / 60)} min. ` +
      'Regenerate with `npx -y pnpm@12.21.0 bench`; method in tests/perf/README.md. ' +
      'First frames are to the painted frame ("presented"); highlights to when the change was drawn (from a ' +
      "trace), with the probe's figure beside it; JS where it says so.",
    '',
  );
  if (m.sizes)
    lines.push(
      `Sizes (parks / links): ${Object.entries(m.sizes)
        .map(([k, [a, b]]) => `${k} ${a.toLocaleString('en')}/${b.toLocaleString('en')}`)
        .join(', ')}. Profiles: clustered = \`syntheticDataset\` (parks in a few cities, mixed date precision); ` +
        'plain = every link a distinct pair of parks, no city, one kind, day dates 2000–2025.',
      '',
    );
  lines.push('## Goals (issue 14)', '');
  for (const g of goals(rows, unfinished, m)) lines.push(`- ${g.ok ? '✅' : '❌'} ${g.goal}: ${g.value}`);
  for (const profile of profileNames) {
    lines.push('', `## parklinks ÷ peer and ÷ bare visx, ${profile} profile (painted frames; lower is better)`, '');
    lines.push('| view | size | ÷ peer | ÷ bare visx | parklinks ms | peer ms | bare ms | heap ÷ peer |');
    lines.push('|---|---|---|---|---|---|---|---|');
    for (const view of views)
      for (const size of sizeOrder) {
        const p = get(profile, view, 'parklinks', size);
        const q = get(profile, view, peerOf[view], size);
        const f = get(profile, view, 'visx-bare', size);
        if (!p && !q && !f) continue;
        const qd = !q && dnf(profile, view, peerOf[view], size);
        lines.push(
          `| ${view} | ${size} | ${qd ? 'peer unfinished' : ratio(p?.presentedMs, q?.presentedMs)} | ${ratio(p?.presentedMs, f?.presentedMs)} | ${fmt(p?.presentedMs)} | ${qd ? '>limit' : fmt(q?.presentedMs)} | ${fmt(f?.presentedMs)} | ${ratio(p?.heapMB, q?.heapMB)} |`,
        );
      }
  }
  lines.push(
    '',
    '## Highlight: pointer hover and controlled `selectedId`, ms from the act',
    '',
    'Each cell: when the change was drawn (the trace: the commit after the act, its tiles rastered, the next ' +
      "`Display::DrawAndSwap` ended) / the probe's rAF after the content frame (`…PresentedMs`, which comes before " +
      'the raster is done) / JavaScript to the end of the content frame (`hoverMs`, `selectMs`).',
    '',
  );
  lines.push('| profile | view | lib | size | hover | hover, 2nd mark | selectedId | selectedId, 2nd |');
  lines.push('|---|---|---|---|---|---|---|---|');
  const cell = (r, way) =>
    `${fmt(r[`${way}DrawnMs`], 1)} / ${fmt(r[`${way}PresentedMs`], 1)} / ${fmt(r[`${way}Ms`], 1)}`;
  for (const profile of profileNames)
    for (const view of views)
      for (const size of sizeOrder)
        for (const r of rows.filter(
          (x) => (x.profile ?? 'clustered') === profile && x.view === view && x.size === size,
        ))
          if (r.hoverMs !== undefined || r.selectMs !== undefined)
            lines.push(
              `| ${profile} | ${view} | ${r.lib} | ${size} | ${cell(r, 'hover')} | ${cell(r, 'hoverWarm')} | ${cell(r, 'select')} | ${cell(r, 'selectWarm')} |`,
            );
  const fl = m.probeFloor;
  if (fl)
    lines.push(
      '',
      `The probe's floor on this machine in this run: a page with no framework and next to no work (500 SVG circles; a ` +
        `hover changes one fill and one line of text, \`pages/floor-dom.tsx\`) ${floorHovers(fl)}. No chart can show a ` +
        'change sooner than this page does.',
    );
  const fk = m.probeFloorLinks;
  if (fk)
    lines.push(
      '',
      `The floor for a highlight across a chart, in the same run: the same page, whose hover also draws 12 lines from ` +
        `the hovered circle across the page in an overlay layer and fades the rest with a veil, as the map's and the ` +
        `network's highlights do, still without a framework (\`pages/floor-links.tsx\`), ${floorHovers(fk)}, ` +
        'interleaved with the page above.',
    );
  lines.push('', '## Medians', '');
  lines.push(
    '| profile | view | lib | size | first frame JS ms | painted ms | painted range | layout ms | heap MB | gzip KB | elements | runs |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const profile of profileNames)
    for (const view of views)
      for (const size of sizeOrder)
        for (const r of rows.filter(
          (x) => (x.profile ?? 'clustered') === profile && x.view === view && x.size === size,
        ))
          lines.push(
            `| ${profile} | ${r.view} | ${r.lib}${r.from ? ` (${r.from})` : ''} | ${r.size} | ${fmt(r.firstRenderMs)} | ${fmt(r.presentedMs)} | ${r.presentedRangeMs ? r.presentedRangeMs.map((x) => fmt(x)).join('–') : '–'} | ${fmt(r.layoutMs)} | ${fmt(r.heapMB, 1)} | ${fmt(r.gzipKB, 1)} | ${r.elements ?? '–'} | ${r.runs} |`,
          );
  if (unfinished.length) {
    lines.push('', '## Unfinished', '');
    for (const u of unfinished)
      lines.push(`- ${u.profile ?? 'clustered'} / ${u.view} / ${u.lib} / ${u.size}: ${u.error}`);
  }
  if (notes) lines.push('', notes.trim());
  return `${lines.join('\n')}\n`;
}
