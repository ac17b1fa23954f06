import { buildTimelineModel, layoutTimeline, shownEvents } from '@parklinks/core/timeline';
import { syntheticDataset } from '@parklinks/data';
import { cleanup, fireEvent, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CANVAS_MARKS_ABOVE } from './HorizontalPlot.js';
import { PartnershipTimeline } from './PartnershipTimeline.js';

afterEach(cleanup);

// More dated events than CANVAS_MARKS_ABOVE: the browser render draws the marks on a canvas.
const data = syntheticDataset({ parks: 400, links: 7000 });
const [width, height] = [900, 600];

describe('<PartnershipTimeline> with very many events', () => {
  it('draws the marks on one canvas, names the keyboard’s active event, and finds a mark under the pointer', () => {
    const { container } = render(<PartnershipTimeline data={data} width={width} height={height} />);
    const canvas = container.querySelector('canvas[data-marks]');
    expect(Number(canvas?.getAttribute('data-marks'))).toBeGreaterThan(CANVAS_MARKS_ABOVE);
    const lanes = container.querySelector('[data-lanes]') as HTMLElement;
    expect(lanes.querySelectorAll('[data-i]')).toHaveLength(0);

    // The keyboard: the active event is the one named mark, the one aria-activedescendant points at.
    const app = container.querySelector('[role="application"]') as HTMLElement;
    fireEvent.focus(app);
    fireEvent.keyDown(app, { key: 'ArrowRight' });
    const active = app.getAttribute('aria-activedescendant');
    const named = lanes.querySelectorAll('[data-i][aria-label]');
    expect(named).toHaveLength(1);
    expect(named[0]?.id).toBe(active);
    expect(named[0]?.getAttribute('aria-label')).toMatch(/, /);
    fireEvent.blur(app);

    // The pointer (jsdom's boxes sit at 0, 0): over a mark's middle, the tooltip tells that event.
    const model = buildTimelineModel(data, 'country', 'en');
    const shown = shownEvents(model.items, null);
    const layout = layoutTimeline(model, { width, height, shown });
    const m = layout.lanes!.marks[Math.floor(layout.lanes!.marks.length / 2)]!;
    const it = shown.find((e) => e.id === m.id)!;
    fireEvent.pointerMove(lanes, { clientX: layout.plotLeft + m.center, clientY: m.y + m.h / 2 });
    expect(container.textContent).toContain(it.title);
    // Beside the marks, nothing.
    fireEvent.pointerMove(lanes, { clientX: layout.plotLeft + m.center, clientY: -20 });
    expect(container.textContent).not.toContain(it.title);
  });
});
