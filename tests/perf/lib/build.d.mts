export type BenchPage = { view: string; lib: string; name: string };
export type BuiltPage = { name: string; css?: boolean; bytes?: number; gzipBytes?: number; error?: string };
export type HoverPlan = {
  parks: [string, string];
  deals: [string, string];
  organizations: number;
  partnerships: number;
};
export const root: string;
export const perfDir: string;
export const defaultOutdir: string;
export const sizes: Record<'small' | 'medium' | 'large', [number, number]>;
export const pages: BenchPage[];
export const baselinePage: BenchPage;
export function buildPage(page: BenchPage, outdir?: string, options?: { minify?: boolean }): Promise<BuiltPage>;
export function buildData(sizeNames: string[], outdir?: string): Promise<Record<string, HoverPlan>>;
export function buildAll(options?: {
  pageList?: BenchPage[];
  sizeNames?: string[];
  outdir?: string;
}): Promise<{ built: BuiltPage[]; plans: Record<string, HoverPlan>; outdir: string }>;
