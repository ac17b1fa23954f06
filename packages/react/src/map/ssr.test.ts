import { localize } from '@parklinks/data';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { fixture } from '../../../core/src/map/testFixture.js';
import { PartnershipMap } from './index.js';

// Runs in plain Node: no window or document, as on a server.
describe('<PartnershipMap /> on a server', () => {
  it('imports and renders the full map without a DOM, the same every time', () => {
    expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
    const render = () => renderToString(createElement(PartnershipMap, { data: fixture, locale: 'ru', fit: 'world' }));
    const html = render();
    expect(render()).toBe(html);
    expect(html).toContain('data-country="FR"');
    expect(html.match(/<path[^>]*data-pair=/g)).toHaveLength(4);
    expect(html.match(/data-id="/g)?.length).toBeGreaterThanOrEqual(4);
    for (const o of fixture.organizations) expect(html).toContain(localize(o.name, 'ru'));
    expect(html).toContain('dir="ltr"');
  });
});
