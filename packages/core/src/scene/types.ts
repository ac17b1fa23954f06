import type { Locale } from '../shared/i18n.js';

/**
 * What a mark, a keyboard stop or a selection stands for. Inside the code a selection is always one of
 * these, never a prefixed string; the charts' `selectedId` props still take plain ids (see `parseSelection`).
 */
export type Selection = {
  /**
   * `organization`: a named party (its id in the data set); `partnership`: a record; `country`: the parties
   * a record names only by country (ISO code); `hub`: a group of organizations drawn as one mark (a city).
   */
  type: 'organization' | 'partnership' | 'country' | 'hub';
  id: string;
};

/**
 * A colour: any CSS colour, or a theme colour as `var(--pl-<name>)` (`var(--pl-kind-park)`, `var(--pl-arc)`).
 * Renderers in a page let CSS resolve the variables (so a host page can restyle them); `sceneToSvg` and the
 * canvas write the scene's `colors` in.
 */
export type Paint = string;

/** Style and meaning shared by every mark. All optional; numbers are px in the scene's coordinates. */
export type MarkStyle = {
  fill?: Paint;
  stroke?: Paint;
  strokeWidth?: number;
  /** `stroke-dasharray`, e.g. `'4 3'`. */
  dash?: string;
  opacity?: number;
  fillOpacity?: number;
  strokeOpacity?: number;
  /** Keep the stroke width when zoomed (`vector-effect: non-scaling-stroke`). */
  fixedStroke?: boolean;
  /** Class for renderers that style with CSS (e.g. `pl-axis-tick`); `sceneToSvg` writes it through. */
  className?: string;
};

type MarkBase = MarkStyle & {
  /** Stable key among its siblings (React key, snapshot diff). */
  key?: string;
  /** What the mark stands for: hit-testing, highlight, the accessible layer. */
  ref?: Selection;
  /** Accessible name of the mark (a `<title>` in SVG); marks without one are decoration. */
  name?: string;
  /** `data-*` attributes, for tests and for finding marks in the page (e.g. `{ pair: 'a|b', legs: 3 }`). */
  data?: Record<string, string | number>;
};

export type PathMark = MarkBase & { type: 'path'; d: string };
export type CircleMark = MarkBase & { type: 'circle'; x: number; y: number; r: number };
export type RectMark = MarkBase & { type: 'rect'; x: number; y: number; width: number; height: number; rx?: number };
export type LineMark = MarkBase & { type: 'line'; x1: number; y1: number; x2: number; y2: number };
export type TextMark = MarkBase & {
  type: 'text';
  x: number;
  y: number;
  text: string;
  /** Font size in px. Default 12. */
  size?: number;
  /** Default 400. */
  weight?: number;
  italic?: boolean;
  /** Horizontal anchor, visual: `start` puts the text's left edge at `x`, `end` its right edge. Default `'start'`. */
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment at `y`. Default `'auto'` (the baseline). */
  baseline?: 'auto' | 'middle' | 'hanging';
  /** A halo in this colour behind the letters, for labels over other marks. */
  halo?: Paint;
  /** The text's own reading direction, written as a bidi isolate (its punctuation and ellipsis on the right side); it does not move the anchor. Default: none. */
  dir?: 'ltr' | 'rtl';
};
/** Marks drawn together, moved by `transform` (an SVG transform list). */
export type GroupMark = MarkBase & { type: 'group'; transform?: string; children: Mark[] };
export type Mark = PathMark | CircleMark | RectMark | LineMark | TextMark | GroupMark;

/** A named stack of marks (`countries`, `arcs`, `markers`, `labels`, `axis` …), drawn in order. */
export type SceneLayer = {
  id: string;
  marks: Mark[];
  /** Drawn under the chart's zoom transform (the scene's `zoom`); otherwise in screen coordinates. */
  zoomed?: boolean;
};

/** A legend entry: a swatch and its label. */
export type LegendEntry = {
  label: string;
  swatch:
    | { shape: 'circle'; fill?: Paint; stroke?: Paint; r?: number; dash?: string }
    | { shape: 'diamond'; fill: Paint }
    | { shape: 'line'; stroke: Paint; strokeWidth?: number; dash?: string }
    | { shape: 'rect'; fill: Paint; stroke?: Paint };
  /** The entry starts a new row (a new group of the legend). */
  newRow?: boolean;
};

/** Something the keyboard can reach, in order: what it stands for, its accessible name and where it is. */
export type SceneItem = { ref: Selection; name: string; x: number; y: number };

/** A chart laid out once: everything a renderer needs to draw it, in any framework or none. */
export type Scene = {
  chart: 'map' | 'network' | 'timeline';
  width: number;
  height: number;
  locale: Locale;
  dir: 'ltr' | 'rtl';
  theme: 'light' | 'dark';
  /** Accessible title. */
  title: string;
  /** One sentence saying what the chart shows (its figures). */
  summary: string;
  /** Bottom to top. */
  layers: SceneLayer[];
  /** The zoom applied to layers marked `zoomed` (screen = point × k + (x, y)). Default: none. */
  zoom?: { k: number; x: number; y: number };
  legend: LegendEntry[];
  /** Keyboard order. */
  items: SceneItem[];
  /** The colour of every `var(--pl-<name>)` the marks use, for renderers without CSS. */
  colors: Record<string, string>;
  /** The message shown instead of the chart when there is nothing to draw (no records). */
  empty?: string;
};

/** Options every scene builder takes. */
export type SceneOptions = {
  /** Width of the chart area in px. */
  width: number;
  /** Height of the chart area in px. Default: the chart's own for that width. */
  height?: number;
  /** UI language (any BCP 47 tag; falls back to its language, then English). Default `'en'`. */
  locale?: string;
  /** Default `'light'`. */
  theme?: 'light' | 'dark';
  /** Selected organization, partnership, country or hub: highlighted, the rest dimmed. Default: none. */
  selection?: Selection | null;
  /** Title. Default: the chart's localized title. */
  title?: string;
};

/**
 * What a chart hands to a `children` function: where its marks stand on screen (the scene's keyboard stops, with
 * what each stands for and its accessible name), its size, language and zoom — enough to draw your own marks
 * beside the chart's, without building its whole scene (`build*Scene` gives that).
 */
export type SceneView = Pick<Scene, 'chart' | 'width' | 'height' | 'locale' | 'dir' | 'items'> & {
  /** The zoom the items are under (screen = point × k + (x, y)); the children are drawn under it. */
  zoom: { k: number; x: number; y: number };
};
