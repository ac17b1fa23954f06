import { describe, expect, it } from 'vitest';
import { parsePymMessage, pymMessage } from '../pym.js';

describe('pym.js messages', () => {
  it('writes the wire format pym.js parents match', () => {
    expect(pymMessage('chart-1', 'height', '512')).toBe('pymxPYMxchart-1xPYMxheightxPYMx512');
    // pym.js Parent: new RegExp('^pymxPYMx' + id + 'xPYMx(\\S+)xPYMx(.*)$')
    const m = /^pymxPYMxchart-1xPYMx(\S+)xPYMx(.*)$/.exec(pymMessage('chart-1', 'height', '512'));
    expect(m?.slice(1)).toEqual(['height', '512']);
  });

  it('reads a parent message back and ignores anything else', () => {
    expect(parsePymMessage('pymxPYMxc1xPYMxwidthxPYMx800')).toEqual({ childId: 'c1', type: 'width', message: '800' });
    for (const other of [{ type: 'height' }, 'hello', 'pymxPYMxc1xPYMxwidth', 'xxxxPYMxc1xPYMxwidthxPYMx8', 42])
      expect(parsePymMessage(other)).toBeNull();
  });
});
