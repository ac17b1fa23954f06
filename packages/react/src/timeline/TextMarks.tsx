import type { Mark, TextMark } from '@parklinks/core';
import { SceneMarks } from '../shared/SceneMarks.js';

/**
 * Decoration marks of the timeline's scene (axis, grid, titles, leaders), drawn unnamed: shapes through
 * `SceneMarks`, text here with its own `direction`, which decides where `text-anchor` puts a Latin title in an
 * Arabic chart (or a year beside the vertical axis). Groups keep their transform.
 */
export function TextMarks({ marks }: { marks: readonly Mark[] }) {
  return marks.map((m, i) => {
    const key = m.key ?? i;
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

function Text({ m }: { m: TextMark }) {
  return (
    <text
      x={m.x}
      y={m.y}
      direction={m.dir}
      textAnchor={m.anchor && m.anchor !== 'start' ? m.anchor : m.dir ? 'start' : undefined}
      fontSize={m.size ?? 12}
      fontWeight={m.weight}
      style={m.fill ? { fill: m.fill } : undefined}
    >
      {m.text}
    </text>
  );
}
