import {
  countryName,
  isRtl,
  type Locale,
  locales,
  partnershipKindLabel,
  resolveLocale,
  staticMessages,
} from '@parklinks/core';
import { type Dataset, filterDataset, partyCountries } from '@parklinks/data';
import { csvBlob, recordsCsv } from '../download/csv.js';
import { downloadBlob, svgToPngBlob } from '../download/rasterize.js';
import { renderSvg } from '../static/renderSvg.js';
import {
  type BuilderState,
  type BuilderView,
  builderViews,
  chartAttributes,
  downloadName,
  iframeCode,
  normalizeBase,
  pymCode,
  scriptCode,
  stateFilter,
} from './codes.js';
import { checks, el, input, nextId, type Option, radios, select } from './controls.js';
import { type BuilderMessages, builderMessages } from './messages.js';
import { topicLabel } from './topicLabels.js';

export type BuilderOptions = {
  /** The records the charts draw (the built-in data set). */
  data: Dataset;
  /** Default folder of parklinks.js and embed.html in the codes (the editor can change it). */
  base: string;
  /** Language of the builder itself; the chart's language starts the same. Default `en`. */
  uiLocale?: string;
  /** Choices to start from. */
  initial?: Partial<BuilderState>;
};

const localeNames: Record<Locale, string> = { en: 'English', zh: '中文', ru: 'Русский', ar: 'العربية', fr: 'Français' };
const managed = ['height', 'countries', 'kinds', 'topics', 'from', 'to', 'locale', 'theme', 'heading'] as const;
const staticViews: readonly BuilderView[] = ['map', 'network', 'timeline'];

/** What the data set offers to choose from, each with its count of partnerships. */
function choices(data: Dataset) {
  const countries = new Map<string, number>();
  const kinds = new Map<string, number>();
  const topics = new Map<string, number>();
  const years: number[] = [];
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const p of data.partnerships) {
    for (const c of partyCountries(data, p)) add(countries, c);
    add(kinds, p.kind);
    for (const t of p.topics) add(topics, t);
    if (p.date) years.push(Number(p.date.value.slice(0, 4)));
  }
  return { countries, kinds, topics, minYear: Math.min(...years), maxYear: Math.max(...years) };
}

/**
 * The embed builder for editors, drawn into `root`: choices on one side; on the other the live chart (the real
 * `<parklinks-…>` element: the page must have loaded parklinks.js, or defined the elements), the image and data
 * downloads, and the codes to copy. No inline style anywhere (classes from builder.css), so it runs under
 * `style-src 'self'`. Returns a way to read the choices and to take it down.
 */
export function mountBuilder(root: HTMLElement, options: BuilderOptions) {
  const { data } = options;
  const offer = choices(data);
  let ui: Locale = resolveLocale(options.uiLocale);
  const state: BuilderState = {
    view: 'map',
    countries: [],
    kinds: [],
    topics: [],
    from: '',
    to: '',
    locale: ui,
    theme: 'light',
    height: 480,
    heading: '',
    base: normalizeBase(options.base),
    ...options.initial,
  };
  let chart: HTMLElement | undefined;
  let frameHeight = 0;
  const resize = new ResizeObserver(() => {
    const h = chart ? Math.ceil(chart.getBoundingClientRect().height) : 0;
    if (h > 0 && h !== frameHeight) {
      frameHeight = h;
      updateCodes();
    }
  });
  let parts: ReturnType<typeof render>;

  function render(m: BuilderMessages) {
    root.replaceChildren();
    const page = el('div', 'plb');
    page.lang = ui;
    page.dir = isRtl(ui) ? 'rtl' : 'ltr';
    const header = el('header', 'plb-header');
    header.append(
      el('h1', undefined, m.title),
      el('p', 'plb-intro', m.intro),
      select(
        'ui',
        m.uiLanguage,
        locales.map((l) => ({ value: l, label: localeNames[l] })),
        ui,
      ),
    );
    const form = el('form', 'plb-controls');
    form.setAttribute('aria-label', m.title);
    form.addEventListener('submit', (e) => e.preventDefault());
    const byName = (names: Map<string, number>, label: (k: string) => string): Option[] =>
      [...names]
        .map(([value, n]) => ({ value, label: `${label(value)} (${n})` }))
        .sort((a, b) => a.label.localeCompare(b.label, ui));
    const years: Option[] = [{ value: '', label: m.any }];
    for (let y = offer.minYear; y <= offer.maxYear; y++) years.push({ value: String(y), label: String(y) });
    const yearsSet = el('fieldset', 'plb-field plb-years');
    yearsSet.append(
      el('legend', undefined, m.years),
      select('from', m.from, years, state.from),
      select('to', m.to, years, state.to),
    );
    form.append(
      radios(
        'view',
        m.view,
        builderViews.map((v) => ({ value: v, label: m.views[v] })),
        state.view,
      ),
      checks(
        'country',
        m.countries,
        m.noneMeansAll,
        byName(offer.countries, (c) => countryName(c, ui)),
        state.countries,
      ),
      checks(
        'kind',
        m.kinds,
        m.noneMeansAll,
        byName(offer.kinds, (k) => partnershipKindLabel(k as never, ui)),
        state.kinds,
      ),
      checks(
        'topic',
        m.topics,
        m.noneMeansAll,
        byName(offer.topics, (t) => topicLabel(t, ui)),
        state.topics,
      ),
      yearsSet,
      select(
        'locale',
        m.locale,
        locales.map((l) => ({ value: l, label: localeNames[l] })),
        state.locale,
      ),
      radios(
        'theme',
        m.theme,
        (['light', 'dark', 'auto'] as const).map((t) => ({ value: t, label: m.themes[t] })),
        state.theme,
      ),
      input('height', m.height, { type: 'number', min: '120', max: '4000', step: '10', value: String(state.height) }),
      input(
        'heading',
        m.heading,
        { type: 'text', value: state.heading, autocomplete: 'off', dir: 'auto' },
        m.headingHint,
      ),
    );
    const out = el('section', 'plb-output');
    const previewTitle = el('h2', undefined, m.preview);
    previewTitle.id = nextId('preview');
    const count = el('p', 'plb-count');
    count.setAttribute('aria-live', 'polite');
    const preview = el('div', 'plb-preview');
    preview.setAttribute('role', 'region');
    preview.setAttribute('aria-labelledby', previewTitle.id);
    const downloads = el('div', 'plb-downloads');
    const noImage = el('p', 'plb-hint', m.noImage);
    const downloadStatus = el('p', 'plb-status');
    downloadStatus.setAttribute('role', 'status');
    for (const key of ['svg', 'png', 'png2x', 'csv'] as const) {
      const b = el('button', 'plb-button', m[key]);
      b.type = 'button';
      b.dataset.download = key;
      b.addEventListener('click', () => download(key, downloadStatus, m));
      downloads.append(b);
    }
    const codes = el('div', 'plb-codes');
    const code = (key: 'script' | 'iframe' | 'pym', label: string) => {
      const box = el('div', 'plb-code');
      const h = el('h3', undefined, label);
      h.id = nextId(`code-${key}`);
      const area = el('textarea');
      area.readOnly = true;
      area.rows = key === 'script' ? 3 : 5;
      area.spellcheck = false;
      area.dir = 'ltr';
      area.dataset.code = key;
      area.setAttribute('aria-labelledby', h.id);
      const copy = el('button', 'plb-button', m.copy);
      copy.type = 'button';
      copy.dataset.copy = key;
      const status = el('span', 'plb-status');
      status.setAttribute('role', 'status');
      copy.addEventListener('click', () => copyCode(area, status, m));
      box.append(h, area, copy, status);
      codes.append(box);
      return area;
    };
    const base = input('base', m.base, { type: 'url', value: state.base, dir: 'ltr', autocomplete: 'off' }, m.baseHint);
    const areas = {
      script: code('script', m.scriptCode),
      iframe: code('iframe', m.iframeCode),
      pym: code('pym', m.pymCode),
    };
    out.append(previewTitle, count, preview, el('h2', undefined, m.downloads), downloads, noImage, downloadStatus);
    out.append(el('h2', undefined, m.codes), base, codes);
    const main = el('div', 'plb-main');
    main.append(form, out);
    page.append(header, main);
    page.addEventListener('input', onInput);
    page.addEventListener('change', onInput);
    root.append(page);
    return { preview, count, downloads, noImage, areas };
  }

  function onInput(e: Event) {
    const t = e.target as HTMLInputElement | HTMLSelectElement;
    const name = t.dataset.control;
    if (!name) return;
    if (name === 'ui') {
      ui = resolveLocale(t.value);
      mount();
      return;
    }
    const page = root.querySelector('.plb')!;
    const all = (n: string) => [...page.querySelectorAll<HTMLInputElement>(`input[data-control="${n}"]`)];
    const value = (n: string) => page.querySelector<HTMLInputElement>(`[data-control="${n}"]`)?.value ?? '';
    state.view = (all('view').find((i) => i.checked)?.value ?? 'map') as BuilderView;
    state.theme = (all('theme').find((i) => i.checked)?.value ?? 'light') as BuilderState['theme'];
    state.countries = all('country')
      .filter((i) => i.checked)
      .map((i) => i.value);
    state.kinds = all('kind')
      .filter((i) => i.checked)
      .map((i) => i.value);
    state.topics = all('topic')
      .filter((i) => i.checked)
      .map((i) => i.value);
    state.from = value('from');
    state.to = value('to');
    // A range that runs backwards is turned round rather than shown as an error.
    if (state.from && state.to && state.from > state.to) [state.from, state.to] = [state.to, state.from];
    state.locale = resolveLocale(value('locale'));
    const h = Number(value('height'));
    if (h >= 120 && h <= 4000) state.height = Math.round(h);
    state.heading = value('heading');
    state.base = normalizeBase(value('base'));
    update();
  }

  function update() {
    const tag = `parklinks-${state.view}`;
    if (chart?.localName !== tag) {
      if (chart) resize.unobserve(chart);
      chart?.remove();
      chart = document.createElement(tag);
      chart.setAttribute('loading', 'eager');
      frameHeight = 0;
    }
    const attrs = new Map(chartAttributes(state));
    for (const name of managed) {
      const v = attrs.get(name);
      if (v === undefined) chart.removeAttribute(name);
      else if (chart.getAttribute(name) !== v) chart.setAttribute(name, v);
    }
    if (!chart.isConnected) {
      parts.preview.append(chart);
      resize.observe(chart);
    }
    const shown = filterDataset(data, stateFilter(state) ?? {}).partnerships.length;
    parts.count.textContent = builderMessages(ui).shown(shown);
    const still = !staticViews.includes(state.view);
    for (const b of parts.downloads.querySelectorAll<HTMLButtonElement>(
      '[data-download^="png"], [data-download="svg"]',
    ))
      b.disabled = still;
    parts.noImage.hidden = !still;
    updateCodes();
  }

  function updateCodes() {
    const h = frameHeight || state.height + 160;
    const title = state.heading.trim() || `parklinks: ${builderMessages(state.locale).views[state.view]}`;
    parts.areas.script.value = scriptCode(state);
    parts.areas.iframe.value = iframeCode(state, h, title);
    parts.areas.pym.value = pymCode(state, h);
  }

  function svg(): string {
    const filter = stateFilter(state);
    const sm = staticMessages(state.locale);
    const cited = filterDataset(data, filter ?? {}).sources.length;
    return renderSvg({
      view: state.view as 'map' | 'network' | 'timeline',
      data,
      locale: state.locale,
      theme: state.theme === 'dark' ? 'dark' : 'light',
      height: state.height,
      ...(filter ? { filter } : {}),
      ...(state.heading.trim() ? { title: state.heading.trim() } : {}),
      source: `${sm.source}: ${sm.sources(cited)} · ${builderMessages(state.locale).credit}: parklinks`,
    });
  }

  async function download(key: 'svg' | 'png' | 'png2x' | 'csv', status: HTMLElement, m: BuilderMessages) {
    status.textContent = '';
    const name = downloadName(state);
    try {
      if (key === 'csv') downloadBlob(csvBlob(recordsCsv(data, stateFilter(state), state.locale)), `${name}.csv`);
      else if (key === 'svg') downloadBlob(new Blob([svg()], { type: 'image/svg+xml' }), `${name}.svg`);
      else downloadBlob(await svgToPngBlob(svg(), key === 'png' ? 1 : 2), `${name}${key === 'png' ? '' : '@2x'}.png`);
    } catch {
      status.textContent = m.failed;
    }
  }

  function mount() {
    chart = undefined;
    parts = render(builderMessages(ui));
    update();
  }
  mount();
  return {
    /** The editor's current choices. */
    state: (): Readonly<BuilderState> => ({ ...state }),
    destroy() {
      resize.disconnect();
      root.replaceChildren();
    },
  };
}

/** Copies a code: the Clipboard API, else the text selected and `execCommand('copy')`, else a hint to press Ctrl+C. */
async function copyCode(area: HTMLTextAreaElement, status: HTMLElement, m: BuilderMessages) {
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = m.copied;
  } catch {
    area.focus();
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    status.textContent = ok ? m.copied : m.copyFallback;
  }
}
