// Outputs written back into parameters after each run (runtime/updates.ts) on the reference interpreter:
// the state advances run after run without being bound again, an update output is not returned, a run
// that binds parameters starts again from them, and bad update maps are refused with every problem named.
import { describe, expect, it } from 'vitest';
import { ParamMismatchError } from '../../ir/errors.ts';
import { referenceSession } from '../../runtime/session.ts';
import { f32, STATEFUL_UPDATES, statefulNet, statefulSteps } from '../helpers/stateful-net.ts';

const xs = [[1, 2, 3, 4], [0.5, -1, 0, 2], [3, 0, -2, 1]];
const w0 = [0.1, -0.2, 0.3, 0.4];

describe('parameter updates on the reference interpreter', () => {
  it('carries the state from run to run and reads it back', async () => {
    const s = referenceSession(statefulNet());
    await s.setUpdates(STATEFUL_UPDATES);
    const want = statefulSteps(xs, w0);
    const ys: number[] = [];
    for (const [k, x] of xs.entries()) {
      const out = await s.run(new Map([['x', f32(x)]]), k === 0 ? new Map([['w', f32(w0)], ['m', f32([0, 0, 0, 0])]]) : undefined);
      expect([...out.keys()]).toEqual(['y']);
      ys.push(out.get('y')!.data[0]);
    }
    for (const [i, y] of ys.entries()) expect(y).toBeCloseTo(want.ys[i], 5);
    const params = await s.readParams();
    [...params.get('w')!.data].forEach((v, i) => expect(v).toBeCloseTo(want.w[i], 5));
    [...params.get('m')!.data].forEach((v, i) => expect(v).toBeCloseTo(want.m[i], 5));
    // binding parameters again starts from them
    const again = await s.run(new Map([['x', f32(xs[0])]]), new Map([['w', f32(w0)], ['m', f32([0, 0, 0, 0])]]));
    expect(again.get('y')!.data[0]).toBeCloseTo(want.ys[0], 5);
  });

  it('refuses an update map naming what does not exist or does not fit, naming every problem', async () => {
    const s = referenceSession(statefulNet());
    const err = await s.setUpdates(new Map([['nope', 'w'], ['y', 'm'], ['m_next', 'missing'], ['w_next', 'w']])).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParamMismatchError);
    const text = (err as Error).message;
    expect(text).toContain("output 'nope' does not exist");
    expect(text).toContain("output 'y' is f32[], parameter 'm' is f32[4]");
    expect(text).toContain("parameter 'missing' does not exist");
    expect(text).toContain("parameter 'w' is updated by both 'nope' and 'w_next'");
  });
});
