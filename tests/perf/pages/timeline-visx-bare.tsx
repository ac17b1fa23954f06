// The floor: a bare @visx/scale time axis in SVG with greedily packed rows, a memoised static layer and a small
// highlight overlay.
import { memo, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, WIDTH } from './common';
import { scaleTime } from './deps.js';
import { type PeerEvent, peerTimelineData } from './timelineData';

const ROW = 7;
const TOP = 24;
type Placed = PeerEvent & { x: number; w: number; y: number };

function layout(events: PeerEvent[]) {
  const x = scaleTime({
    domain: [new Date(events[0]?.start ?? 0), new Date(events.at(-1)?.end ?? 1)],
    range: [8, WIDTH - 8],
  });
  const rows: number[] = [];
  const rowsFit = Math.floor((HEIGHT - TOP) / ROW);
  const placed: Placed[] = events.map((e) => {
    const x0 = x(new Date(e.start));
    const w = e.point ? 4 : Math.max(3, x(new Date(e.end)) - x0);
    let r = rows.findIndex((end) => end < x0);
    if (r < 0) r = rows.length < rowsFit ? rows.push(0) - 1 : (rows.length * 7919 + Math.floor(x0)) % rowsFit;
    rows[r] = x0 + w + 1;
    return { ...e, x: x0, w, y: TOP + r * ROW };
  });
  return { x, placed };
}

const StaticLayer = memo(function StaticLayer(props: {
  placed: Placed[];
  ticks: { x: number; label: string }[];
  onHover: (id: string | null) => void;
}) {
  return (
    <>
      <g fontSize={10} fill="#555">
        {props.ticks.map((t) => (
          <text key={t.label} x={t.x} y={12} textAnchor="middle">
            {t.label}
          </text>
        ))}
      </g>
      <g
        fill="#2c6db5"
        onPointerOver={(e) => props.onHover((e.target as Element).getAttribute('data-deal'))}
        onPointerOut={() => props.onHover(null)}
      >
        {props.placed.map((p) => (
          <rect key={p.id} data-deal={p.id} x={p.x} y={p.y} width={p.w} height={ROW - 2} rx={p.point ? 2 : 0}>
            <title>{p.title}</title>
          </rect>
        ))}
      </g>
    </>
  );
});

function App() {
  const { x, placed } = useMemo(() => layout(peerTimelineData(data)), []);
  const ticks = useMemo(() => x.ticks(10).map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) })), [x]);
  const [hovered, setHovered] = useState<string | null>(null);
  // The harness's controlled selection: the same highlight, set from outside.
  probe.select = setHovered;
  const mark = hovered ? placed.find((p) => p.id === hovered) : undefined;
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label="Partnerships over time">
      <StaticLayer placed={placed} ticks={ticks} onHover={setHovered} />
      {mark && (
        <g pointerEvents="none">
          <rect
            x={mark.x - 2}
            y={mark.y - 2}
            width={mark.w + 4}
            height={ROW + 2}
            fill="none"
            stroke="#c0392b"
            strokeWidth={2}
          />
          <text x={Math.min(mark.x, WIDTH - 200)} y={mark.y - 4} fontSize={11}>
            {mark.title}
          </text>
        </g>
      )}
    </svg>
  );
}

probe.selectId = (i) => window.__HOVER.deals[i];
probe.hoverTarget = (i) => {
  const all = document.querySelectorAll('rect[data-deal]');
  return (
    document.querySelector(`rect[data-deal="${cssEscape(window.__HOVER.deals[i])}"]`) ??
    all[(all.length >> 1) + i] ??
    null
  );
};
createRoot(rootElement()).render(<App />);
