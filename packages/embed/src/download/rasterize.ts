/** Width and height (px) written on an SVG's root element, or undefined when it has none. */
export function svgSize(svg: string): { width: number; height: number } | undefined {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const num = (name: string) => Number(new RegExp(`\\s${name}="([\\d.]+)(?:px)?"`).exec(root)?.[1]);
  const width = num('width');
  const height = num('height');
  return width > 0 && height > 0 ? { width, height } : undefined;
}

/**
 * A PNG of a standalone SVG, drawn by the browser: the SVG as an image from a blob: URL, painted on a canvas
 * `scale` times its size (2 for high-density screens and print), encoded by `canvas.toBlob`. The text uses the
 * reader's system fonts, as the SVG asks. Rejects when the image cannot load, e.g. under a Content-Security-Policy
 * whose `img-src` does not allow `blob:`.
 */
export async function svgToPngBlob(svg: string, scale: 1 | 2 = 1): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const size = svgSize(svg) ?? { width: img.naturalWidth, height: img.naturalHeight };
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves `blob` as a file named `filename` (a temporary `<a download>`; the blob: URL is let go afterwards). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
