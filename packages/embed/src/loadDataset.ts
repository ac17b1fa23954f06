import type { Dataset } from '@parklinks/data';

/** A data set fetched and validated, or the reason it cannot be used. */
export type LoadResult = { ok: true; data: Dataset } | { ok: false; problem: string };

const cache = new Map<string, Promise<LoadResult>>();

/** How long a data set may take to arrive before an element gives up, in ms. */
export const LOAD_TIMEOUT_MS = 15_000;

/**
 * Fetches and checks a data set of the parklinks schema. Every element asking for the same URL
 * shares one request and one parsed copy. Network and HTTP failures are not kept, so a later
 * element tries again; a response that is not a valid data set is kept (it will not change).
 * A server that has not sent the whole response after `timeoutMs` is given up on (the request
 * is aborted) with a problem naming the URL. Never rejects.
 */
export function loadDataset(
  url: string,
  fetcher: typeof fetch = fetch,
  timeoutMs = LOAD_TIMEOUT_MS,
): Promise<LoadResult> {
  const hit = cache.get(url);
  if (hit) return hit;
  const p = fetchDataset(url, fetcher, timeoutMs);
  cache.set(url, p);
  p.then((r) => {
    if (!r.ok && r.problem.startsWith('could not load')) cache.delete(url);
  });
  return p;
}

/** Forgets every fetched data set (for tests, or a page that knows its data changed). */
export function clearDatasetCache(): void {
  cache.clear();
}

async function fetchDataset(url: string, fetcher: typeof fetch, timeoutMs: number): Promise<LoadResult> {
  let body: unknown;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  // Settles at the timeout even if the fetch ignores its signal.
  const timedOut = new Promise<never>((_, reject) =>
    controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true }),
  );
  try {
    const res = await Promise.race([
      fetcher(url, { headers: { accept: 'application/json' }, signal: controller.signal }),
      timedOut,
    ]);
    if (!res.ok) return { ok: false, problem: `could not load ${url}: HTTP ${res.status}` };
    const text = await Promise.race([res.text(), timedOut]);
    try {
      body = JSON.parse(text);
    } catch {
      return { ok: false, problem: `${url} is not JSON (it starts ${JSON.stringify(text.slice(0, 30))})` };
    }
  } catch (e) {
    if (controller.signal.aborted)
      return { ok: false, problem: `could not load ${url}: no answer after ${timeoutMs / 1000} s` };
    return { ok: false, problem: `could not load ${url}: ${e instanceof Error ? e.message : String(e)}` };
  } finally {
    clearTimeout(timer);
  }
  // The checker is fetched with the first data set (an element of the built-in data never needs it).
  const { checkDataset } = await import('./checkData.js');
  return checkDataset(body, url);
}
