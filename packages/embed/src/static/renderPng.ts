import { createRequire } from 'node:module';
import { type RenderSvgOptions, renderSvg } from './renderSvg.js';

export type RenderPngOptions = RenderSvgOptions & {
  /** Pixel density: 2 gives a 1,920 px wide image for `width: 960`, for high-density screens and print. Default 1. */
  scale?: number;
};

type Resvg = new (
  svg: string,
  options: { fitTo: { mode: 'zoom'; value: number }; font: { loadSystemFonts: boolean; defaultFontFamily: string } },
) => { render(): { asPng(): Uint8Array; width: number; height: number } };

let resvg: Resvg | undefined;
// The rasterizer is a native module: loaded on the first PNG, so importing the SVG renderer never pays for it.
function rasterizer(): Resvg {
  resvg ??= (createRequire(import.meta.url)('@resvg/resvg-js') as { Resvg: Resvg }).Resvg;
  return resvg;
}

/**
 * The chart `renderSvg` draws, as a PNG, rasterized by resvg (no browser needed) with the machine's fonts: the
 * same title, summary, chart, legend, source line and colours. Node only (from `@parklinks/embed/png`).
 */
export function renderPng(options: RenderPngOptions): Uint8Array {
  const scale = options.scale ?? 1;
  if (!(scale > 0 && scale <= 4)) throw new Error(`scale: ${scale} is not between 0 and 4`);
  const svg = renderSvg(options);
  const Resvg = rasterizer();
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return image.asPng();
}
