// The floor: bare @visx/geo + d3-geo, with a memoised static layer and a small highlight overlay.
import { memo, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { cssEscape, data, HEIGHT, probe, rootElement, WIDTH } from './common';
import { EqualEarth, feature, type GeometryCollection, geoEqualEarth, geoPath, type Topology, world } from './deps.js';
import { type PeerArc, type PeerMarker, peerMapData } from './mapData';

const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
const projection = geoEqualEarth().fitSize([WIDTH, HEIGHT], { type: 'Sphere' });
const path = geoPath(projection);
const line = (a: PeerArc) => path({ type: 'LineString', coordinates: [a.from, a.to] }) ?? '';
const xy = (m: PeerMarker) => projection(m.at) ?? [0, 0];

type StaticProps = { markers: PeerMarker[]; arcs: PeerArc[]; onHover: (id: string | null) => void };
const StaticLayer = memo(function StaticLayer({ markers, arcs, onHover }: StaticProps) {
  const countries = useMemo(() => feature(topology, topology.objects.countries).features, []);
  return (
    <>
      <EqualEarth data={countries} scale={projection.scale()} translate={projection.translate()}>
        {({ features }) =>
          features.map((f) => <path key={f.index} d={f.path ?? ''} fill="#e3e3e3" stroke="#fff" strokeWidth={0.5} />)
        }
      </EqualEarth>
      <g fill="none" stroke="#2c6db5" strokeWidth={0.6} strokeOpacity={0.35}>
        {arcs.map((a) => (
          <path key={a.id} d={line(a)} />
        ))}
      </g>
      <g
        fill="#1f4e8c"
        stroke="#fff"
        onPointerOver={(e) => onHover((e.target as Element).getAttribute('data-park'))}
        onPointerOut={() => onHover(null)}
      >
        {markers.map((m) => {
          const [x, y] = xy(m);
          return <circle key={m.id} data-park={m.id} cx={x} cy={y} r={3} />;
        })}
      </g>
    </>
  );
});

function App() {
  const [hovered, setHovered] = useState<string | null>(null);
  // The harness's controlled selection: the same highlight, set from outside.
  probe.select = setHovered;
  const { markers, arcs, byPark } = useMemo(() => peerMapData(data), []);
  const marker = hovered ? markers.find((m) => m.id === hovered) : undefined;
  return (
    <svg width={WIDTH} height={HEIGHT} role="img" aria-label="Partnerships">
      <StaticLayer markers={markers} arcs={arcs} onHover={setHovered} />
      {marker && (
        <g pointerEvents="none">
          {(byPark.get(marker.id) ?? []).map((a) => (
            <path key={a.id} d={line(a)} fill="none" stroke="#c0392b" strokeWidth={1.5} />
          ))}
          <circle cx={xy(marker)[0]} cy={xy(marker)[1]} r={5} fill="#c0392b" stroke="#fff" />
        </g>
      )}
    </svg>
  );
}

probe.hoverTarget = (i) => document.querySelector(`circle[data-park="${cssEscape(window.__HOVER.parks[i])}"]`);
createRoot(rootElement()).render(<App />);
