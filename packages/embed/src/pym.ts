/** Field separator of pym.js messages. */
export const pymDelimiter = 'xPYMx';

/** A message in the pym.js wire format: `pymxPYMx<childId>xPYMx<type>xPYMx<message>`. */
export function pymMessage(childId: string, type: string, message: string): string {
  return ['pym', childId, type, message].join(pymDelimiter);
}

/** Parses a pym.js message; null for anything else (other libraries' messages, objects …). */
export function parsePymMessage(data: unknown): { childId: string; type: string; message: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(pymDelimiter);
  if (parts.length !== 4 || parts[0] !== 'pym') return null;
  const [, childId = '', type = '', message = ''] = parts;
  if (!childId || !type) return null;
  return { childId, type, message };
}
