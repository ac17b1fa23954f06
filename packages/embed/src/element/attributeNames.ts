/** Attributes every parklinks element reads; a change to any of them re-renders the element. No imports: the loader uses it. */
export const observedAttributes = [
  'locale',
  'theme',
  'height',
  'countries',
  'kinds',
  'topics',
  'from',
  'to',
  'src',
  'heading',
  'selected',
] as const;
export type AttributeName = (typeof observedAttributes)[number];
