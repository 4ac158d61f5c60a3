// The parameters `diff` draws: a constant init (zeros, ones) is spread around its value, because at such
// an init DTF's block is the identity (α1 = bias = 0) and a kernel that skipped the filter would pass.
import { describe, expect, it } from 'vitest';
import { spreadParams } from '../../cli/diff.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { init } from '../../ir/init.ts';
import { dtf } from '../../nn/dtf.ts';
import { declaredBy } from '../../runtime/bindings.ts';
import { compareTensors } from '../../runtime/compare.ts';
import { initParams, randomInputs, spreadInit, zeroScales } from '../../runtime/init.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';

const TOL = 1e-4; // diff's default

describe('spreadInit', () => {
  it('spreads constant inits and leaves random ones as they are', () => {
    expect(spreadInit(init.zeros())).toEqual({ kind: 'uniform', low: -0.5, high: 0.5 });
    expect(spreadInit(init.ones())).toEqual({ kind: 'uniform', low: 0.5, high: 1.5 });
    expect(spreadInit(init.constant(-0.25))).toEqual({ kind: 'uniform', low: -0.375, high: -0.125 });
    expect(spreadInit(init.normal(0, 2))).toEqual({ kind: 'uniform', low: 1, high: 3 });
    expect(spreadInit(init.uniform(3, 3))).toEqual({ kind: 'uniform', low: 1.5, high: 4.5 });
    for (const s of [init.normal(0.02), init.uniform(-1, 1), init.kaimingNormal('fan_out', 'relu')]) expect(spreadInit(s)).toBe(s);
  });
});

describe('diff on a DTF block', () => {
  const b = new GraphBuilder('dtf_block');
  const x = b.input('x', 'f32', [1, 16, 4, 3, 3]);
  b.output('y', dtf(b, x, { channels: 16, clipLen: 4, training: false }).y);
  const g = b.build();
  const inputs = randomInputs(g, 0);
  /** What a kernel that ignored the block's filter would compute: its input. */
  const skipped = inputs.get('x')!;
  const output = (params: ReturnType<typeof initParams>) => runReference(g, inputs, params).outputs.get('y')!;

  it('at the init specs the block is the identity: a kernel skipping it would pass', () => {
    expect(compareTensors(skipped, output(initParams(g, 0)), TOL).ok).toBe(true);
  });

  it('run names the zero-init parameters that make it so (zeroScales): alpha1 scales the filtered branch', () => {
    expect(zeroScales(g)).toEqual(['alpha1']);
  });

  it('with the parameters diff draws, the block is not: the same kernel fails', () => {
    const { params, spread } = spreadParams(declaredBy(g, 'param'));
    expect(spread).toEqual(expect.arrayContaining(['alpha1', 'bias', 'weights_cor', 'norm1.norm.running_mean', 'norm1.norm.running_var']));
    const d = compareTensors(skipped, output(initParams(params, 0)), TOL);
    expect(d.ok, d.message).toBe(false);
    expect(d.rel).toBeGreaterThan(100 * TOL);
  });
});

describe('zeroScales', () => {
  it('follows reshapes to a mul; a zero added (a bias) scales nothing', () => {
    const b = new GraphBuilder('scales');
    const x = b.input('x', 'f32', [2, 3]);
    const gamma = b.param('gamma', [3], init.zeros()), beta = b.param('beta', [3], init.zeros()), one = b.param('one', [3], init.ones());
    b.output('y', b.add(b.mul(b.mul(x, b.reshape(gamma, { shape: [1, 3] })), one), beta));
    expect(zeroScales(b.build())).toEqual(['gamma']);
  });
});
