// react-simple-maps, written the way its documentation shows: hover state in the map component, styles by props.
import { type ComponentProps, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ComposableMap, Geographies, Geography, Line, Marker } from 'react-simple-maps';
import { cssEscape, data, HEIGHT, probe, rootElement, WIDTH } from './common';
import { world } from './deps.js';
import { peerMapData } from './mapData';

// react-simple-maps takes the TopoJSON object as it is (it calls topojson's `feature` itself).
const atlas = world as ComponentProps<typeof Geographies>['geography'];

function App() {
  const [hovered, setHovered] = useState<string | null>(null);
  // The harness's controlled selection: the same highlight, set from outside.
  probe.select = setHovered;
  const { markers, arcs } = useMemo(() => peerMapData(data), []);
  return (
    <ComposableMap width={WIDTH} height={HEIGHT} style={{ width: WIDTH, height: HEIGHT }}>
      <Geographies geography={atlas}>
        {({ geographies }) =>
          geographies.map((geo) => (
            <Geography key={geo.rsmKey} geography={geo} fill="#e3e3e3" stroke="#fff" strokeWidth={0.5} />
          ))
        }
      </Geographies>
      {arcs.map((a) => {
        const on = hovered !== null && a.parks.includes(hovered);
        return (
          <Line
            key={a.id}
            from={a.from}
            to={a.to}
            stroke={on ? '#c0392b' : '#2c6db5'}
            strokeWidth={on ? 1.5 : 0.6}
            strokeOpacity={on ? 0.9 : 0.35}
          />
        );
      })}
      {markers.map((m) => (
        <Marker
          key={m.id}
          coordinates={m.at}
          data-park={m.id}
          onMouseEnter={() => setHovered(m.id)}
          onMouseLeave={() => setHovered(null)}
        >
          <circle r={hovered === m.id ? 5 : 3} fill={hovered === m.id ? '#c0392b' : '#1f4e8c'} stroke="#fff" />
        </Marker>
      ))}
    </ComposableMap>
  );
}

probe.hoverTarget = (i) => document.querySelector(`[data-park="${cssEscape(window.__HOVER.parks[i])}"]`);
createRoot(rootElement()).render(<App />);
