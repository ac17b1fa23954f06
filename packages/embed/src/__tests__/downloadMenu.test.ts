// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDownloadMenu } from '../download/menu.js';

// The download menu in jsdom: what a keyboard or pointer user can do with it and the files it hands over.
// (Rasterizing needs a real canvas: the PNG items are covered by the browser tier's builder test.)
const saved: { name: string; blob: Blob }[] = [];
const blobs = new Map<string, Blob>();
beforeEach(() => {
  let n = 0;
  URL.createObjectURL = vi.fn((b: Blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, b);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});
afterEach(() => {
  document.body.replaceChildren();
  saved.length = 0;
  vi.restoreAllMocks();
});

const mount = (locale = 'en', extra: Partial<Parameters<typeof createDownloadMenu>[0]> = {}) => {
  const box = document.createElement('figure');
  box.append(
    createDownloadMenu({
      locale,
      getSvg: () => '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
      getCsv: () => 'id\r\nmy-record\r\n',
      fileName: 'parklinks-map',
      ...extra,
    }),
  );
  document.body.append(box);
  const host = box.querySelector<HTMLElement>('.parklinks-download')!;
  const root = host.shadowRoot!;
  const button = root.querySelector<HTMLButtonElement>('button[aria-haspopup="menu"]')!;
  const menu = root.querySelector<HTMLElement>('[role="menu"]')!;
  const items = [...root.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
  const key = (target: Element, k: string) =>
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
  return { host, root, button, menu, items, key };
};

describe('createDownloadMenu', () => {
  it('is a closed "Download" button, named and wired to its menu of four formats', () => {
    const { button, menu, items } = mount();
    expect(button.textContent).toBe('Download');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(menu.id);
    expect(menu.hidden).toBe(true);
    expect(menu.getAttribute('aria-label')).toBe('Download formats');
    expect(items.map((i) => i.textContent)).toEqual([
      'Image (SVG)',
      'Image (PNG)',
      'Image (PNG, 2×)',
      'Data of these records (CSV)',
    ]);
  });

  it('opens on click with focus on the first item; arrows, Home and End move; Escape closes back to the button', () => {
    const { root, button, menu, items, key } = mount();
    button.click();
    expect(menu.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(root.activeElement).toBe(items[0]);
    key(items[0]!, 'ArrowDown');
    expect(root.activeElement).toBe(items[1]);
    key(items[1]!, 'End');
    expect(root.activeElement).toBe(items[3]);
    key(items[3]!, 'ArrowDown');
    expect(root.activeElement).toBe(items[0]);
    key(items[0]!, 'ArrowUp');
    expect(root.activeElement).toBe(items[3]);
    key(items[3]!, 'Home');
    expect(root.activeElement).toBe(items[0]);
    key(items[0]!, 'Escape');
    expect(menu.hidden).toBe(true);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(root.activeElement).toBe(button);
  });

  it('opens from the keyboard: ArrowDown on the first item, ArrowUp on the last', () => {
    const { root, button, menu, items, key } = mount();
    button.focus();
    key(button, 'ArrowUp');
    expect(menu.hidden).toBe(false);
    expect(root.activeElement).toBe(items[3]);
    key(items[3]!, 'Escape');
    key(button, 'ArrowDown');
    expect(root.activeElement).toBe(items[0]);
  });

  it('closes when focus leaves it, and on a second click of the button', () => {
    const { button, menu } = mount();
    const outside = document.createElement('button');
    document.body.append(outside);
    button.click();
    outside.focus();
    expect(menu.hidden).toBe(true);
    button.click();
    expect(menu.hidden).toBe(false);
    button.click();
    expect(menu.hidden).toBe(true);
  });

  it('saves the SVG and the CSV it is given, with the file name, and closes', async () => {
    const { button, menu, items } = mount();
    button.click();
    items[0]!.click();
    expect(menu.hidden).toBe(true);
    button.click();
    items[3]!.click();
    await vi.waitFor(() => expect(saved).toHaveLength(2));
    expect(saved.map((s) => s.name)).toEqual(['parklinks-map.svg', 'parklinks-map.csv']);
    expect(saved[0]!.blob.type).toBe('image/svg+xml');
    expect(await saved[0]!.blob.text()).toContain('<svg');
    expect(saved[1]!.blob.type).toBe('text/csv;charset=utf-8');
    expect(await saved[1]!.blob.text()).toContain('id\r\nmy-record\r\n');
  });

  it('asks for the SVG and CSV at the moment of download, not when made', () => {
    const getCsv = vi.fn(() => 'id\r\n');
    const { button, items } = mount('en', { getCsv });
    expect(getCsv).not.toHaveBeenCalled();
    button.click();
    items[3]!.click();
    expect(getCsv).toHaveBeenCalledTimes(1);
  });

  it('offers only the formats asked for, and takes a promised SVG or CSV', async () => {
    const { button, items } = mount('en', { formats: ['csv'], getCsv: () => Promise.resolve('id\r\nlater\r\n') });
    expect(items.map((i) => i.dataset.format)).toEqual(['csv']);
    button.click();
    items[0]!.click();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(await saved[0]!.blob.text()).toContain('later');
  });

  it('says so in place when a file cannot be made', async () => {
    const { root, button, items } = mount('fr', {
      getSvg: () => {
        throw new Error('no chart yet');
      },
    });
    button.click();
    items[0]!.click();
    await vi.waitFor(() =>
      expect(root.querySelector('[role="status"]')?.textContent).toBe("Le fichier n'a pas pu être créé."),
    );
  });

  it.each([
    ['ar', 'تنزيل', 'rtl'],
    ['zh', '下载', 'ltr'],
    ['ru', 'Скачать', 'ltr'],
    ['fr', 'Télécharger', 'ltr'],
    ['ar-EG', 'تنزيل', 'rtl'],
  ])('speaks %s (%s), laid out %s', (locale, label, dir) => {
    const { host, button, items } = mount(locale);
    expect(button.textContent).toBe(label);
    expect(host.dir).toBe(dir);
    expect(host.lang).toBe(locale.slice(0, 2));
    expect(new Set(items.map((i) => i.textContent)).size).toBe(4);
  });

  it('sets no style attribute anywhere (a strict CSP would block it) and is styled by an adopted sheet', () => {
    const { host, root } = mount();
    expect(host.hasAttribute('style')).toBe(false);
    expect(root.querySelector('[style]')).toBeNull();
    const rules = [...root.adoptedStyleSheets.flatMap((s) => [...s.cssRules])].map((r) => r.cssText).join('\n');
    expect(rules).toMatch(/position:\s*absolute/);
  });
});
