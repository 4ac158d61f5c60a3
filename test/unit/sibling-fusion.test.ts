// Rule 9 (codegen/sibling-fusion.ts): independent kernels of one shape that read the same stored values
// become one kernel writing each value; each compiled program still computes the reference's values (CPU
// kernel interpreter), and what the siblings share is read once.
import { describe, expect, it } from 'vitest';
import { planFusion } from '../../codegen/fuse.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { checked, specialised } from '../helpers/fusion-check.ts';

/** x (2, 12, 5) and two reductions of it over axis 1, each under its own arithmetic; `keep` keeps the
 *  second's reduced axis (so the two differ by a size-1 axis). */
function twoReductions(keep = false): Graph {
  const b = new GraphBuilder('siblings');
  const x = b.input('x', 'f32', [2, 12, 5]);
  const a = b.input('a', 'f32', [2, 12, 5]);
  const c = b.input('c', 'f32', [1, 12, 1]);
  b.output('s', b.sum(b.mul(x, a), { axes: [1] }));
  b.output('m', b.max(b.add(b.exp(x), c), { axes: [1], keepdims: keep }));
  return b.build();
}

const writtenBy = (g: Graph) => planFusion(g).kernels.map((k) => [k.root, ...k.writes ?? []].map((id) => g.nodes[id].op).join('+'));

describe('rule 9: sibling kernels that share reads are merged', () => {
  it('two reductions of the same input: one kernel writes both, x read once, values as the reference', () => {
    const g = twoReductions();
    const p = checked(g);
    expect(p.launches).toHaveLength(1);
    expect(writtenBy(g)).toEqual(['sum+max']);
    // x, a and c, each read once
    expect(p.launches[0].bytesRead).toBe((120 + 120 + 12) * 4);
    expect(p.launches[0].bytesWritten).toBe((10 + 10) * 4);
    // specialised, the two loops over the 12 channels are one
    const [k] = specialised(p).kernels;
    expect(k.body.filter((st) => st.k === 'for')).toHaveLength(1);
  });

  it('shapes equal up to size-1 axes merge; each output is stored in its own layout', () => {
    const g = twoReductions(true);
    checked(g);
    expect(writtenBy(g)).toEqual(['sum+max']);
  });

  it('merged kernels also compute rows on CPU adapters (rule 6c)', () => {
    const b = new GraphBuilder('rows');
    const x = b.input('x', 'f32', [3, 4, 6]);
    const y = b.input('y', 'f32', [3, 4, 6]);
    b.output('p', b.mul(b.relu(x), y));
    b.output('q', b.sub(b.exp(x), y));
    const g = b.build();
    const p = checked(g, { inlineRows: true });
    expect(p.launches).toHaveLength(1);
  });

  it('a kernel that waits for the other (through a third) is not merged with it', () => {
    const b = new GraphBuilder('chain');
    const x = b.input('x', 'f32', [4, 8]);
    const a = b.exp(x);
    const c = b.sum(a, { axes: [1], keepdims: true }); // reads the output a; broadcast below, so stored
    b.output('a', a);
    b.output('b', b.mul(x, c)); // shares x with a, but waits for c, which waits for a
    const g = b.build();
    checked(g);
    expect(writtenBy(g)).toEqual(['exp', 'sum', 'mul']);
  });

  it('kernels of different shapes, or sharing no read, stay apart', () => {
    const b = new GraphBuilder('apart');
    const x = b.input('x', 'f32', [4, 6]);
    const y = b.input('y', 'f32', [4, 6]);
    b.output('p', b.sum(x, { axes: [1] })); // (4,)
    b.output('q', b.sum(x, { axes: [0] })); // (6,): shares x, another shape
    b.output('r', b.relu(y)); // (4, 6): shares nothing with q or p
    b.output('u', b.exp(y)); // (4, 6): shares y with r, so those two merge
    const g = b.build();
    checked(g);
    expect(writtenBy(g).sort()).toEqual(['relu+exp', 'sum', 'sum']);
  });

  it('the storage-buffer limit holds for the merged kernel', () => {
    const b = new GraphBuilder('limit');
    const x = b.input('x', 'f32', [4, 6]);
    const [y, z] = [b.input('y', 'f32', [4, 6]), b.input('z', 'f32', [4, 6])];
    b.output('p', b.mul(x, y));
    b.output('q', b.mul(x, z));
    const g = b.build();
    // merged: x, y, z and two outputs; 4 buffers allow only the two kernels apart
    expect(checked(g, { maxStorageBuffers: 4 }).launches).toHaveLength(2);
    expect(checked(g, { maxStorageBuffers: 5 }).launches).toHaveLength(1);
  });
});
