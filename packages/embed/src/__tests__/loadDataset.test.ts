import { syntheticDataset } from '@parklinks/data';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checkDataset } from '../checkData.js';
import { clearDatasetCache, loadDataset } from '../loadDataset.js';

const good = syntheticDataset({ parks: 6, links: 8, seed: 3 });
const respond = (status: number, body: string) =>
  vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }));

beforeEach(() => clearDatasetCache());

describe('loadDataset', () => {
  it('fetches a URL once for every element that asks for it', async () => {
    const fetcher = respond(200, JSON.stringify(good));
    const [a, b] = await Promise.all([
      loadDataset('https://x/d.json', fetcher),
      loadDataset('https://x/d.json', fetcher),
    ]);
    expect(a).toEqual({ ok: true, data: good });
    expect(b).toBe(a);
    expect(fetcher).toHaveBeenCalledTimes(1);
  });

  it('names the HTTP status, and tries again later after a failed request', async () => {
    const failing = respond(404, 'nope');
    expect(await loadDataset('https://x/missing.json', failing)).toEqual({
      ok: false,
      problem: 'could not load https://x/missing.json: HTTP 404',
    });
    const fixed = respond(200, JSON.stringify(good));
    expect((await loadDataset('https://x/missing.json', fixed)).ok).toBe(true);
  });

  it('reports a network error and a body that is not JSON', async () => {
    const offline = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await loadDataset('https://x/a.json', offline)).toEqual({
      ok: false,
      problem: 'could not load https://x/a.json: Failed to fetch',
    });
    expect(await loadDataset('https://x/b.json', respond(200, '<html>'))).toEqual({
      ok: false,
      problem: 'https://x/b.json is not JSON (it starts "<html>")',
    });
  });
});

describe('checkDataset', () => {
  it('names the record and field of bad records, at most three, with the count of the rest', () => {
    const org = good.organizations[0]!;
    const bad = {
      ...good,
      organizations: [{ ...org, kind: 'volcano' }, { ...org, id: 'b', country: 'XX' }, ...good.organizations.slice(2)],
    };
    const r = checkDataset(bad, 'mine.json');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem).toMatch(/^mine\.json has \d+ bad record fields?: /);
    expect(r.problem).toContain(`organizations ${org.id} › kind:`);
    expect(r.problem).toContain('organizations b › country:');
  });

  it('rejects values that are not a data set at all', () => {
    expect(checkDataset([1, 2], 'x')).toEqual({
      ok: false,
      problem: 'x is not a parklinks data set (expected an object with organizations, partnerships, sources)',
    });
  });
});
