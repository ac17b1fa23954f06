export const worldTopologyOptions: { keep: number; keepPerArc: number; grid: number };
export function worldTopology(options?: { keep: number; keepPerArc: number; grid: number }): string;
