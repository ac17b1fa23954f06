import { type OrganizationKind, organizationKinds } from '@parklinks/data';
import type { LegendEntry } from '../scene/types.js';
import type { Locale } from '../shared/i18n.js';
import { orgKindLabel } from '../shared/kindLabels.js';
import { kindColor, kindGroup } from '../shared/theme.js';
import type { MapModel } from './buildMapModel.js';
import { mapMessages } from './messages.js';

/** The map's legend: a colour per kind group present, then the unnamed-party ring, the leg styles and the shading. */
export function mapLegend(model: MapModel, locale: Locale): LegendEntry[] {
  const mm = mapMessages(locale);
  const present = new Set<OrganizationKind>();
  for (const c of model.clusters)
    for (const id of c.members) {
      const k = model.organizations.get(id)?.kind;
      if (k) present.add(k);
    }
  const groups = new Map<string, OrganizationKind[]>();
  for (const k of organizationKinds)
    if (present.has(k)) groups.set(kindGroup(k), [...(groups.get(kindGroup(k)) ?? []), k]);
  const entries: LegendEntry[] = [...groups.values()].map((kinds) => ({
    label: kinds.map((k) => orgKindLabel(k, locale)).join(' / '),
    swatch: { shape: 'circle', fill: kindColor(kinds[0]) },
  }));
  if (model.countryParties.length)
    entries.push({ label: mm.unnamed, swatch: { shape: 'circle', stroke: 'var(--pl-muted)', r: 4.5, dash: '2 1.5' } });
  if (model.legKinds.bilateral)
    entries.push({ label: mm.partnership, swatch: { shape: 'line', stroke: 'var(--pl-arc)' } });
  if (model.legKinds.multilateral)
    entries.push({ label: mm.multilateral, swatch: { shape: 'line', stroke: 'var(--pl-arc)', dash: '4 3' } });
  if (model.countries.size)
    entries.push({ label: mm.countriesWithPartners, swatch: { shape: 'rect', fill: 'var(--pl-land-active)' } });
  return entries;
}
