import { DASH_LIMIT } from '@parklinks/core/network';
import { syntheticDataset } from '@parklinks/data';
import { cleanup, render } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { PartnershipNetwork } from './PartnershipNetwork.js';

afterEach(cleanup);

// More links than DASH_LIMIT: a browser strokes them on a canvas, the server writes them as paths.
const data = syntheticDataset({ parks: 300, links: DASH_LIMIT + 500 });

describe('<PartnershipNetwork> with very many links', () => {
  it('draws the links on a canvas in a browser and keeps every node named in the DOM', () => {
    const { container } = render(<PartnershipNetwork data={data} width={800} height={500} />);
    const canvas = container.querySelector('canvas[data-links]');
    expect(Number(canvas?.getAttribute('data-links'))).toBeGreaterThan(DASH_LIMIT);
    expect(container.querySelectorAll('svg[role="group"] [data-link-style] path')).toHaveLength(0);
    const named = container.querySelectorAll('svg[role="group"] [data-node][aria-label]');
    expect(named.length).toBeGreaterThan(250);
  });

  it('writes them as SVG paths on the server', () => {
    const html = renderToString(<PartnershipNetwork data={data} width={800} height={500} />);
    expect(html).not.toContain('<canvas');
    expect(html.match(/<path d="M/g)?.length ?? 0).toBeGreaterThan(DASH_LIMIT);
  });
});
