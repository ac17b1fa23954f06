// Summarises a V8 CPU profile (CDP Profiler): functions by self time, with their total (inclusive) time.
export function topFunctions(profile, n = 25) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const self = new Map();
  const dt = profile.timeDeltas ?? [];
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (dt[i + 1] ?? 0) / 1000);
  const key = (node) => {
    const f = node.callFrame;
    return `${f.functionName || '(anonymous)'}|${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  const agg = new Map();
  for (const [id, ms] of self) {
    const node = byId.get(id);
    const k = key(node);
    const a = agg.get(k) ?? { selfMs: 0, totalMs: 0 };
    a.selfMs += ms;
    agg.set(k, a);
    // Inclusive time: count once per distinct function on the stack.
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const kk = key(byId.get(cur));
      if (seen.has(kk)) continue;
      seen.add(kk);
      const b = agg.get(kk) ?? { selfMs: 0, totalMs: 0 };
      b.totalMs += ms;
      agg.set(kk, b);
    }
  }
  return [...agg]
    .map(([k, v]) => {
      const [name, where] = k.split('|');
      return { name, where, ...v };
    })
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, n);
}
