// Errors crossing a thread boundary as data come back as the same class, with the same message, site,
// expected/found, stack and cause.
import { describe, expect, it } from 'vitest';
import * as errors from '../../ir/errors.ts';
import { errorFromData, errorToData } from '../../ir/error-transfer.ts';

const roundTrip = (e: unknown) => errorFromData(structuredClone(errorToData(e)));

describe('errors as data', () => {
  it('every typed error class survives with its site, expected/found and stack', () => {
    type TypedClass = new (d: string, i?: errors.ErrorDetail) => errors.TempofuseError;
    const classes = (Object.values(errors) as unknown[]).filter((v) =>
      typeof v === 'function' && v.prototype instanceof errors.TempofuseError) as TypedClass[];
    expect(classes.length).toBeGreaterThan(20);
    for (const Class of classes) {
      const e = new Class('bad thing', { loc: 'net.ts:3:4', node: '%2 = add', expected: 'a', found: 'b' });
      const back = roundTrip(e) as errors.TempofuseError;
      expect(back).toBeInstanceOf(Class);
      expect([back.message, back.loc, back.node, back.expected, back.found, back.stack]).toEqual([e.message, e.loc, e.node, e.expected, e.found, e.stack]);
    }
  });

  it('an InternalError stays one; a plain error keeps its name and message; causes come along', () => {
    const cause = new TypeError('x is not a function');
    const e = new errors.NetworkCodeError('threw', { loc: 'net.ts:1:1', cause });
    const back = roundTrip(e);
    expect((back.cause as Error).name).toBe('TypeError');
    expect((back.cause as Error).message).toBe('x is not a function');
    const internal = roundTrip(new errors.InternalError('broken', { node: '%1 = conv', kernel: 'k0' })) as errors.InternalError;
    expect(internal).toBeInstanceOf(errors.InternalError);
    expect([internal.node, internal.kernel, internal.detail]).toEqual(['%1 = conv', 'k0', 'broken']);
    expect(roundTrip('a string').message).toBe('a string');
  });
});
