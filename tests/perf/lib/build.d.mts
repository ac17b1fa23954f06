export type BenchPage = { view: string; lib: string; name: string };
export type BuiltPage = {
  name: string;
  css?: boolean;
  bytes?: number;
  gzipBytes?: number;
  from?: 'packed' | 'source';
  error?: string;
};
export type HoverPlan = {
  parks: [string, string];
  deals: [string, string];
  organizations: number;
  partnerships: number;
  dataMB: number;
};
export type SizeName = 'small' | 'medium' | 'large' | 'xlarge';
export const root: string;
export const perfDir: string;
export const defaultOutdir: string;
export const sizes: Record<SizeName, [number, number]>;
export const parklinksOnlySizes: Set<string>;
export const profiles: string[];
export const pages: BenchPage[];
export const baselinePage: BenchPage;
export const floorPage: BenchPage;
export function pageRunsAt(page: BenchPage, size: string): boolean;
export function buildPage(
  page: BenchPage,
  outdir?: string,
  options?: { minify?: boolean; whatIf?: string[]; consumer?: string },
): Promise<BuiltPage>;
export function buildData(
  sizeNames: string[],
  outdir?: string,
  profileNames?: string[],
  include?: (profile: string, size: string) => boolean,
): Promise<Record<string, HoverPlan>>;
export function buildAll(options?: {
  pageList?: BenchPage[];
  sizeNames?: string[];
  profileNames?: string[];
  outdir?: string;
  whatIf?: string[];
  consumer?: string;
  include?: (profile: string, size: string) => boolean;
}): Promise<{ built: BuiltPage[]; plans: Record<string, HoverPlan>; outdir: string }>;
