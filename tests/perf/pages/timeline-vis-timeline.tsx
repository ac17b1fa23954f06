// vis-timeline (peer build, with its stylesheet: timeline-vis-timeline.css) as its documentation shows; hovering an item selects it (vis has no hover state of
// its own beyond CSS :hover, which synthetic events do not trigger).
import { DataSet } from 'vis-data/peer';
import { Timeline } from 'vis-timeline/peer';
import { cssEscape, data, HEIGHT, probe, rootElement, WIDTH } from './common';
import { peerTimelineData } from './timelineData';

const items = new DataSet(
  peerTimelineData(data).map((e) => ({
    id: e.id,
    content: e.title,
    start: new Date(e.start),
    ...(e.point ? { type: 'point' } : { end: new Date(e.end), type: 'range' }),
    className: `deal-${e.id}`,
  })),
);
const timeline = new Timeline(rootElement(), items, {
  width: `${WIDTH}px`,
  height: `${HEIGHT}px`,
  showCurrentTime: false,
  orientation: 'top',
});
timeline.on('itemover', (p: { item: string }) => timeline.setSelection([p.item]));
timeline.on('itemout', () => timeline.setSelection([]));
probe.select = (id) => timeline.setSelection(id ? [id] : []);

probe.selectId = (i) => window.__HOVER.deals[i];
probe.hoverTarget = (i) => {
  const all = document.querySelectorAll('.vis-item');
  return (
    document.querySelector(`.vis-item.deal-${cssEscape(window.__HOVER.deals[i])}`) ?? all[(all.length >> 1) + i] ?? null
  );
};
