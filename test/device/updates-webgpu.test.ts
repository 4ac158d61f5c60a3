// Parameter updates on WebGPU (runtime/updates.ts): the outputs a map names are copied into their
// parameters' device buffers after each run, so the state advances run after run with no upload but the
// inputs'; readParams reads the updated values back; runKernels (every value read back) runs on the
// current state and leaves it as it was.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openGraph } from '../../driver/open-graph.ts';
import type { Session } from '../../runtime/session.ts';
import { f32, STATEFUL_UPDATES, statefulNet, statefulSteps } from '../helpers/stateful-net.ts';

const xs = [[1, 2, 3, 4], [0.5, -1, 0, 2], [3, 0, -2, 1], [-1, 1, -1, 1]];
const w0 = [0.1, -0.2, 0.3, 0.4];
let s: Session;
beforeAll(async () => { s = await openGraph(statefulNet(), 'webgpu'); });
afterAll(async () => { await s?.destroy(); });

describe('parameter updates on WebGPU', () => {
  it('keeps the state on the device from run to run and reads it back', async () => {
    await s.setUpdates(STATEFUL_UPDATES);
    const want = statefulSteps(xs, w0);
    for (const [k, x] of xs.entries()) {
      const out = await s.run(new Map([['x', f32(x)]]), k === 0 ? new Map([['w', f32(w0)], ['m', f32([0, 0, 0, 0])]]) : undefined);
      expect([...out.keys()]).toEqual(['y']);
      expect(out.get('y')!.data[0]).toBeCloseTo(want.ys[k], 5);
      if (k === 1) {
        // a diagnostic run on the current state: every value read back, the state left where it is
        const all = await s.runKernels(new Map([['x', f32(xs[2])]]));
        expect(all.outputs.get('y')!.data[0]).toBeCloseTo(statefulSteps(xs.slice(0, 3), w0).ys[2], 5);
      }
    }
    expect(s.uploads!()).toMatchObject({ inputs: xs.length + 1, params: 2 + 2 });
    const params = await s.readParams();
    [...params.get('w')!.data].forEach((v, i) => expect(v).toBeCloseTo(want.w[i], 5));
    [...params.get('m')!.data].forEach((v, i) => expect(v).toBeCloseTo(want.m[i], 5));
  });
});
