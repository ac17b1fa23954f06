import type { Mark, TextMark } from '@parklinks/core';
import { SceneMarks } from '../shared/SceneMarks.js';

/**
 * Decoration marks of the timeline's scene (axis, grid, titles, leaders), drawn unnamed: shapes through
 * `SceneMarks`, text here with its own `direction` (an RTL page would otherwise mirror `text-anchor`: a Latin
 * title in an Arabic chart, a year beside the vertical axis). Groups keep their transform.
 */
export function TextMarks({ marks }: { marks: readonly Mark[] }) {
  return marks.map((m, i) => {
    // Unkeyed marks by position, in a form no explicit key takes.
    const key = m.key ?? `#${i}`;
    if (m.type === 'group')
      return (
        <g
          key={key}
          className={m.className}
          transform={m.transform}
          style={{ stroke: m.stroke, fill: m.fill, opacity: m.opacity }}
        >
          <TextMarks marks={m.children} />
        </g>
      );
    if (m.type !== 'text') return <SceneMarks key={key} marks={[m]} named={false} />;
    return <Text key={key} m={m} />;
  });
}

// A scene text's anchor is visual (start = left: `sceneToSvg` writes no direction); in the page the text takes
// its own `direction`, relative to which start and end swap for right-to-left text.
const flip = { start: 'end', end: 'start', middle: 'middle' } as const;

function Text({ m }: { m: TextMark }) {
  const anchor = m.anchor ?? 'start';
  const textAnchor = m.dir === 'rtl' ? flip[anchor] : anchor;
  return (
    <text
      x={m.x}
      y={m.y}
      direction={m.dir}
      textAnchor={textAnchor !== 'start' || m.dir ? textAnchor : undefined}
      fontSize={m.size ?? 12}
      fontWeight={m.weight}
      style={m.fill ? { fill: m.fill } : undefined}
    >
      {m.text}
    </text>
  );
}
