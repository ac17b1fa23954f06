import type { PartnershipKind } from '@parklinks/data';

/** Link styles: one per family of agreement kinds, told apart by dash pattern and width. */
export const linkStyleKeys = ['intent', 'agreement', 'alliance', 'investment', 'presence'] as const;
export type LinkStyleKey = (typeof linkStyleKeys)[number];
export type LinkStyle = { key: LinkStyleKey; dash?: string; width: number };

/** The style of each family. */
export const linkStyles: Readonly<Record<LinkStyleKey, LinkStyle>> = {
  // Non-binding intent: dashed.
  intent: { key: 'intent', dash: '5 3', width: 1.2 },
  // Binding cooperation: solid.
  agreement: { key: 'agreement', width: 1.2 },
  // Legs of a multilateral declaration: dotted.
  alliance: { key: 'alliance', dash: '1.5 2.5', width: 1.5 },
  // Money and joint ventures: thick.
  investment: { key: 'investment', width: 2.6 },
  // A shared place (centre, office, zone): dash-dot.
  presence: { key: 'presence', dash: '8 3 2 3', width: 1.8 },
};

const familyOf: Record<PartnershipKind, LinkStyleKey> = {
  memorandum: 'intent',
  'letter-of-intent': 'intent',
  'cooperation-agreement': 'agreement',
  'friendship-agreement': 'agreement',
  'sister-parks': 'agreement',
  programme: 'agreement',
  'alliance-declaration': 'alliance',
  'investment-agreements': 'investment',
  'joint-venture': 'investment',
  lease: 'investment',
  'joint-centre': 'presence',
  'representative-office': 'presence',
  'cooperation-zone': 'presence',
};

/** Dash pattern and width for a link of an agreement of `kind`. */
export function linkStyle(kind: PartnershipKind): LinkStyle {
  return linkStyles[familyOf[kind] ?? 'agreement'];
}
