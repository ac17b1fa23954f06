// Medians, rows for results.json and the Markdown report.
export const median = (xs) => {
  const v = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return undefined;
  const m = v.length >> 1;
  return v.length % 2 ? v[m] : (v[m - 1] + v[m]) / 2;
};
const round = (x, d = 1) => (x === undefined ? undefined : Math.round(x * 10 ** d) / 10 ** d);

/** One row per view, library and size: medians of the repetitions. */
export function toRows(samples, built, pages, sizeNames) {
  const rows = [];
  const unfinished = [];
  for (const size of sizeNames)
    for (const page of pages) {
      const b = built.find((x) => x.name === page.name);
      const runs = samples.filter((s) => s.name === page.name && s.size === size);
      const ok = runs.filter((s) => !s.error);
      if (!b || b.error || ok.length === 0) {
        if (runs.length || b?.error)
          unfinished.push({ view: page.view, lib: page.lib, size, error: b?.error ?? runs[0]?.error ?? 'not run' });
        continue;
      }
      const m = (k) => median(ok.map((s) => s[k]));
      const row = {
        view: page.view,
        lib: page.lib,
        size,
        firstRenderMs: round(m('firstRenderMs')),
        ...(m('layoutMs') !== undefined ? { layoutMs: round(m('layoutMs')) } : {}),
        ...(m('hoverMs') !== undefined ? { hoverMs: round(m('hoverMs')) } : {}),
        heapMB: round(m('heapMB'), 2),
        gzipKB: round(b.gzipBytes / 1024),
        presentedMs: round(m('presentedMs')),
        ...(m('hoverPresentedMs') !== undefined ? { hoverPresentedMs: round(m('hoverPresentedMs')) } : {}),
        ...(m('hoverWarmMs') !== undefined ? { hoverWarmMs: round(m('hoverWarmMs')) } : {}),
        elements: m('elements'),
        runs: ok.length,
        firstRenderRangeMs: [
          round(Math.min(...ok.map((s) => s.firstRenderMs))),
          round(Math.max(...ok.map((s) => s.firstRenderMs))),
        ],
      };
      rows.push(row);
    }
  return { rows, unfinished };
}

const peerOf = { map: 'react-simple-maps', network: '@nivo/network', timeline: 'vis-timeline' };
const fmt = (x, d = 0) => (x === undefined || x === null ? '–' : x.toFixed(d));
const ratio = (a, b) => (a === undefined || b === undefined ? '–' : `${(a / b).toFixed(2)}×`);

/** Goals of issue 8, checked against the rows. */
export function goals(rows, unfinished) {
  const get = (view, lib, size) => rows.find((r) => r.view === view && r.lib === lib && r.size === size);
  const dnf = (view, lib, size) => unfinished.find((r) => r.view === view && r.lib === lib && r.size === size);
  const out = [];
  for (const [view, limit] of [
    ['map', 0.33],
    ['network', 0.5],
    ['timeline', 0.5],
  ]) {
    const p = get(view, 'parklinks', 'large');
    const q = get(view, peerOf[view], 'large');
    const what = `${view} first render${view === 'network' ? ' (layout + render)' : ''} at large ≤ ${limit} × ${peerOf[view]}`;
    if (p && q)
      out.push({
        goal: what,
        value: `${(p.firstRenderMs / q.firstRenderMs).toFixed(2)}×`,
        ok: p.firstRenderMs <= limit * q.firstRenderMs,
      });
    else if (p && dnf(view, peerOf[view], 'large'))
      out.push({ goal: what, value: `${fmt(p.firstRenderMs)} ms vs peer unfinished`, ok: true });
    else out.push({ goal: what, value: 'not measured', ok: false });
  }
  for (const view of ['map', 'network', 'timeline']) {
    const p = get(view, 'parklinks', 'medium');
    out.push({
      goal: `${view} hover highlight at medium ≤ 16 ms`,
      value: p?.hoverMs === undefined ? 'not measured' : `${fmt(p.hoverMs, 1)} ms`,
      ok: p?.hoverMs !== undefined && p.hoverMs <= 16,
    });
  }
  return out;
}

export function markdown({ machine, rows, unfinished, notes }) {
  const lines = [];
  const m = machine;
  lines.push('# parklinks benchmark', '');
  lines.push(
    `Run ${m.date} on ${m.os}, ${m.cpu} (${m.cores} cores, ${m.memoryGB} GB), ${m.chromium}, Node ${m.node}; ` +
      `commit ${m.commit}. Load average before/after: ${m.loadAverage.before.join(' ')} / ${m.loadAverage.after.join(' ')}. ` +
      `${m.warmup} warm-up pass${m.warmup === 1 ? '' : 'es'}, then ${m.reps} interleaved repetitions; medians. ` +
      'Regenerate with `npx -y pnpm@12.21.0 bench`; method in tests/perf/README.md.',
    '',
  );
  lines.push('## parklinks ÷ peer (lower is better)', '');
  lines.push('| view | peer | size | first render | presented | layout | hover (medium) | heap | gzip |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  const get = (view, lib, size) => rows.find((r) => r.view === view && r.lib === lib && r.size === size);
  for (const view of ['map', 'network', 'timeline'])
    for (const size of ['small', 'medium', 'large']) {
      const p = get(view, 'parklinks', size);
      const q = get(view, peerOf[view], size);
      if (!p && !q) continue;
      const dnf = !q && unfinished.some((u) => u.view === view && u.lib === peerOf[view] && u.size === size);
      const first = dnf ? `peer unfinished (${fmt(p?.firstRenderMs)} ms)` : ratio(p?.firstRenderMs, q?.firstRenderMs);
      lines.push(
        `| ${view} | ${peerOf[view]} | ${size} | ${first} | ${ratio(p?.presentedMs, q?.presentedMs)} | ${view === 'network' ? ratio(p?.layoutMs, q?.layoutMs) : '–'} | ${size === 'medium' ? ratio(p?.hoverMs, q?.hoverMs) : '–'} | ${ratio(p?.heapMB, q?.heapMB)} | ${ratio(p?.gzipKB, q?.gzipKB)} |`,
      );
    }
  lines.push('', '## Goals', '');
  for (const g of goals(rows, unfinished)) lines.push(`- ${g.ok ? '✅' : '❌'} ${g.goal}: ${g.value}`);
  lines.push('', '## Medians', '');
  lines.push(
    '| view | lib | size | first render ms | presented ms | layout ms | hover ms | hover presented ms | heap MB | gzip KB | elements | runs |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const view of ['map', 'network', 'timeline'])
    for (const size of ['small', 'medium', 'large'])
      for (const r of rows.filter((x) => x.view === view && x.size === size))
        lines.push(
          `| ${r.view} | ${r.lib} | ${r.size} | ${fmt(r.firstRenderMs)} | ${fmt(r.presentedMs)} | ${fmt(r.layoutMs)} | ${fmt(r.hoverMs, 1)} | ${fmt(r.hoverPresentedMs)} | ${fmt(r.heapMB, 1)} | ${fmt(r.gzipKB, 1)} | ${r.elements ?? '–'} | ${r.runs} |`,
        );
  if (unfinished.length) {
    lines.push('', '## Unfinished', '');
    for (const u of unfinished) lines.push(`- ${u.view} / ${u.lib} / ${u.size}: ${u.error}`);
  }
  if (notes) lines.push('', notes.trim());
  return `${lines.join('\n')}\n`;
}
