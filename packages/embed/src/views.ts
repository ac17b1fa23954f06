import { type BaseChartProps, PartnershipMap, PartnershipNetwork, PartnershipTimeline } from '@parklinks/react';
import type { ComponentType } from 'react';

/** The chart each custom element draws, by view name (also the `view` query parameter of embed.html). */
export const views = {
  map: PartnershipMap,
  network: PartnershipNetwork,
  timeline: PartnershipTimeline,
} satisfies Record<string, ComponentType<BaseChartProps>>;

export type View = keyof typeof views;

/** Every view name, in the order the docs list them. */
export const viewNames = Object.keys(views) as View[];

/** True when `name` is a view this build can draw. */
export function isView(name: string | null | undefined): name is View {
  return name !== null && name !== undefined && Object.hasOwn(views, name);
}
