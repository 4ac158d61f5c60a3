// The canonical form the manifest's own content is hashed in: the same data gives the same text whatever
// its key order, and different data different text (-0 and 0, non-finite numbers), at any depth.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../artifact/manifest-hash.ts';

describe('canonicalJson', () => {
  it('sorts keys, so that key order does not matter', () => {
    expect(canonicalJson({ b: [1, { d: 'x', c: null }], a: true })).toBe('{"a":true,"b":[1,{"c":null,"d":"x"}]}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it('tells -0 from 0 and keeps non-finite numbers apart', () => {
    expect(canonicalJson([-0])).not.toBe(canonicalJson([0]));
    expect(new Set([Infinity, -Infinity, NaN, 0].map((v) => canonicalJson({ v }))).size).toBe(4);
    expect(canonicalJson(['1', 1])).toBe('["1",1]');
  });

  it('takes values nested deeper than the stack', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    expect(canonicalJson(deep)).toHaveLength(400_001);
  });
});
