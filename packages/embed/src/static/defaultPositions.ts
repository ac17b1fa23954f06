import { layoutNetwork, networkHeight, normalizedPositions } from '@parklinks/core/network';
import { type Dataset, toNetwork } from '@parklinks/data';

/** The width the built-in network is laid out at, once, when the browser scripts are built. */
export const DEFAULT_LAYOUT_WIDTH = 680;

/**
 * Where the nodes of `data`'s network stand (0–1 of width and height), laid out once: the loader's built-in data
 * carries them, so an element showing the whole built-in network, static or interactive, runs no force layout at
 * all on the reader's phone (it is its longest task otherwise).
 */
export function defaultNetworkPositions(data: Dataset): Record<string, { x: number; y: number }> {
  const width = DEFAULT_LAYOUT_WIDTH;
  return normalizedPositions(layoutNetwork(toNetwork(data), { width, height: networkHeight(width) }));
}
