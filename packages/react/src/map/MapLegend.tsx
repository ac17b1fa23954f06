import { kindColor, kindGroup, type Locale, orgKindLabel, uiMessages } from '@parklinks/core';
import type { MapModel } from '@parklinks/core/map';
import { mapMessages } from '@parklinks/core/map';
import { type OrganizationKind, organizationKinds } from '@parklinks/data';
import { Legend, type LegendItem } from '../shared/Legend.js';

/** Legend: a colour per kind group present, then the unnamed-party ring, the leg styles and the shading. */
export function MapLegend({ model, locale }: { model: MapModel; locale: Locale }) {
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
  const items: LegendItem[] = [...groups.values()].map((kinds) => ({
    key: kindGroup(kinds[0] as OrganizationKind),
    label: kinds.map((k) => orgKindLabel(k, locale)).join(' / '),
    color: kindColor(kinds[0]),
  }));
  if (model.countryParties.length)
    items.push({ key: 'unnamed', label: mm.unnamed, color: 'var(--pl-muted)', shape: 'ring' });
  if (model.legKinds.bilateral)
    items.push({ key: 'arc', label: mm.partnership, color: 'var(--pl-arc)', shape: 'line' });
  if (model.legKinds.multilateral)
    items.push({ key: 'multi', label: mm.multilateral, color: 'var(--pl-arc)', shape: 'dash' });
  if (model.countries.size)
    items.push({ key: 'shade', label: mm.countriesWithPartners, color: 'var(--pl-land-active)', shape: 'bar' });
  return <Legend items={items} label={uiMessages(locale).legend} />;
}
