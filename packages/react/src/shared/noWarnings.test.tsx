import { dataset } from '@parklinks/data/dataset';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PartnershipExplorer } from '../explorer/PartnershipExplorer.js';
import { PartnershipMap } from '../map/PartnershipMap.js';
import { PartnershipNetwork } from '../network/PartnershipNetwork.js';
import { PartnershipTimeline } from '../timeline/PartnershipTimeline.js';

// Mounted in the DOM (React's development build), every chart renders without a console error or warning — duplicate
// keys among a scene's marks showed up only in the browser tier's stories.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const charts = { PartnershipMap, PartnershipNetwork, PartnershipTimeline, PartnershipExplorer } as const;

describe('charts mounted in the DOM', () => {
  afterEach(() => vi.restoreAllMocks());
  for (const [name, Chart] of Object.entries(charts))
    for (const width of [360, 900])
      it(`${name} at ${width} px: no console error or warning`, () => {
        const errors: string[] = [];
        vi.spyOn(console, 'error').mockImplementation((...a) => void errors.push(String(a[0])));
        vi.spyOn(console, 'warn').mockImplementation((...a) => void errors.push(String(a[0])));
        const el = document.createElement('div');
        document.body.append(el);
        const root = createRoot(el);
        act(() => root.render(createElement(Chart as never, { data: dataset, width })));
        expect(el.querySelector('figure')).not.toBeNull();
        act(() => root.unmount());
        el.remove();
        expect(errors).toEqual([]);
      });
});
