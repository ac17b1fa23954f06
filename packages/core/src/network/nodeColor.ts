import type { NetworkNode } from '@parklinks/data';
import { kindColor, kindGroup } from '../shared/theme.js';
import { countryGroup } from './countryGroup.js';

/**
 * Colour of a node as a CSS custom property, and the legend entry it belongs to: hubs are drawn
 * in the foreground colour; other nodes by the region of their country (`--pl-group-<group>`) or
 * by the shared kind palette (`--pl-kind-<group>`); unknown region or kind is `other`.
 */
export function nodeColor(node: Pick<NetworkNode, 'type' | 'country' | 'kind'>, colorBy: 'country' | 'kind') {
  if (node.type === 'hub') return { color: 'var(--pl-fg)', colorKey: 'hub' };
  if (colorBy === 'kind') return { color: kindColor(node.kind), colorKey: node.kind ? kindGroup(node.kind) : 'other' };
  const group = countryGroup(node.country) ?? 'other';
  return { color: `var(--pl-group-${group})`, colorKey: group };
}
