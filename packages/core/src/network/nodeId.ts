/**
 * Public id of a network node, as used by `selectedId`, `onSelect` and `positions`: the
 * organization id for organizations (the `org:` prefix of `toNetwork` stripped), `country:XX`
 * for unnamed parties and `hub:<partnershipId>` for multilateral agreements.
 */
export function publicNodeId(internalId: string): string {
  return internalId.startsWith('org:') ? internalId.slice(4) : internalId;
}

/** The `toNetwork` id for a public id (inverse of `publicNodeId`). */
export function internalNodeId(publicId: string): string {
  return publicId.startsWith('country:') || publicId.startsWith('hub:') ? publicId : `org:${publicId}`;
}
