import {
  localize,
  type NetworkLink,
  type OrganizationKind,
  type Partnership,
  type PartnershipKind,
} from '@parklinks/data';
import type { LinkView, NeighbourIndex, NodeView } from './buildNetworkModel.js';
import { geometryPath, setLinkGeometry } from './linkPath.js';
import type { LinkStyle } from './linkStyle.js';

/**
 * What a node's accessible name and a link's title are read from, shared by every view of one model. They are written
 * when first read: at 10,000 nodes and 100,000 links a browser names only the keyboard's node, and the names joining
 * every partnership title (megabytes of text) were most of the model's time.
 */
export type ModelContext = {
  locale: string;
  byId: Map<string, NodeView>;
  linksOf: Map<string, LinkView[]>;
  neighbours: NeighbourIndex;
};

/** The fields of a node view other than its accessible name. */
export type NodeFields = Omit<NodeView, 'a11y'>;

/** A node view whose accessible name is written when first read (`nodeName`); its other fields are `NodeFields`'. */
export class ModelNode implements NodeView {
  declare id: string;
  declare type: NodeView['type'];
  declare x: number;
  declare y: number;
  declare r: number;
  declare shape: NodeView['shape'];
  declare color: string;
  declare colorKey: string;
  declare kind?: OrganizationKind;
  declare degree: number;
  declare name: string;
  declare label: string;
  declare detail: string;
  #a11y: string | undefined;
  readonly #ctx: ModelContext;
  constructor(f: NodeFields, ctx: ModelContext) {
    Object.assign(this, f);
    this.#ctx = ctx;
  }
  get a11y(): string {
    this.#a11y ??= nodeName(this, this.#ctx);
    return this.#a11y;
  }
}

/** Accessible name of a node: name, detail and what it is joined to (its partnerships' titles, or a hub's members). */
export function nodeName(n: NodeFields, ctx: ModelContext): string {
  const around =
    n.type === 'hub'
      ? (ctx.neighbours.get(n.id) ?? []).map((id) => ctx.byId.get(id)?.name ?? id)
      : [...new Set((ctx.linksOf.get(n.id) ?? []).map((l) => l.title))];
  return `${n.name}, ${n.detail}${around.length ? `: ${around.join('; ')}` : ''}`;
}

/** A link view carrying its geometry as numbers; its `d` and title are written when read. */
export class ModelLink implements LinkView {
  id: string;
  source: string;
  target: string;
  partnershipId: string;
  kind: PartnershipKind;
  style: LinkStyle;
  x1 = 0;
  y1 = 0;
  x2 = 0;
  y2 = 0;
  cx = 0;
  cy = 0;
  #title: string | undefined;
  readonly #p: Partnership | undefined;
  readonly #ctx: ModelContext;
  constructor(
    l: NetworkLink,
    a: NodeView,
    b: NodeView,
    style: LinkStyle,
    p: Partnership | undefined,
    ctx: ModelContext,
  ) {
    this.id = l.id;
    this.source = a.id;
    this.target = b.id;
    this.partnershipId = l.partnershipId;
    this.kind = l.kind;
    this.style = style;
    // `flip` (source id after target id) keeps parallel links' bows apart whichever way round they were stored.
    setLinkGeometry(this, a.x, a.y, b.x, b.y, l.parallelIndex, l.parallelCount, l.source > l.target);
    this.#p = p;
    this.#ctx = ctx;
  }
  get d(): string {
    return geometryPath(this);
  }
  get title(): string {
    this.#title ??= this.#p ? localize(this.#p.title, this.#ctx.locale) : this.partnershipId;
    return this.#title;
  }
}

/** Neighbours of each node from the links touching it, sorted clockwise from north once a node is asked for. */
export function neighbourIndex(byId: Map<string, NodeView>, linksOf: Map<string, LinkView[]>): NeighbourIndex {
  const memo = new Map<string, string[]>();
  return {
    get(id) {
      const known = memo.get(id);
      if (known) return known;
      const c = byId.get(id);
      const links = linksOf.get(id);
      if (!c || !links) return undefined;
      const set = new Set<string>();
      for (const l of links) set.add(l.source === id ? l.target : l.source);
      // Bearings once per neighbour, not once per comparison (hubs have hundreds of members).
      const around = [...set].map((to) => ({ to, b: bearing(c, byId.get(to)) }));
      around.sort((a, b) => a.b - b.b || cmp(a.to, b.to));
      const out = around.map((a) => a.to);
      memo.set(id, out);
      return out;
    },
  };
}

// Clockwise angle from north, in [0, 2π); used only to order neighbours for the keyboard.
function bearing(from: NodeView, to: NodeView | undefined): number {
  if (!to) return 0;
  const a = Math.atan2(to.x - from.x, from.y - to.y);
  return a < 0 ? a + 2 * Math.PI : a;
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
