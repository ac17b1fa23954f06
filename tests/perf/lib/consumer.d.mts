export const packedPackages: string[];
export function packedConsumer(
  root: string,
  options?: { build?: boolean; log?: (line: string) => void },
): { dir: string; reused: boolean; tarballs: string[]; ms: number };
