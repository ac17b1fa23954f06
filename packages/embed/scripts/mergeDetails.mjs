/** Puts the details of the built-in data set back into its draw part, in place (see displayDataset.mjs). */
export function mergeDetails(draw, details) {
  for (const [i, o] of draw.organizations.entries()) Object.assign(o, details.organizations[i]);
  for (const [i, p] of draw.partnerships.entries()) Object.assign(p, details.partnerships[i]);
  for (const [i, s] of draw.sources.entries()) Object.assign(s, details.sources[i]);
  return draw;
}
