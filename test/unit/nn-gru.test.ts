import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import { AttrError, ShapeError } from '../../ir/errors.ts';
import { gru, gruCell, type GruCellOptions, type GruOptions } from '../../nn/gru.ts';
import { nnSuite, type NnCase } from '../helpers/graph-oracle.ts';

const cell = (title: string, n: number, opts: GruCellOptions, withH = true): NnCase => ({
  title: `gruCell ${title}`, module: 'gru_cell', config: { ...opts },
  inputs: { x: { shape: [n, opts.input] }, ...(withH ? { h: { shape: [n, opts.hidden] } } : {}) },
  build: (b, { x, h }) => ({ y: gruCell(b, x, h, opts) }),
});

const seq = (title: string, n: number, t: number, opts: GruOptions, withH0 = true): NnCase => ({
  title: `gru ${title}`, module: 'gru', config: { ...opts },
  inputs: {
    x: { shape: opts.batchFirst ? [n, t, opts.input] : [t, n, opts.input] },
    ...(withH0 ? { h0: { shape: [opts.layers ?? 1, n, opts.hidden] } } : {}),
  },
  build: (b, { x, h0 }) => {
    const { output, hidden } = gru(b, x, opts, h0);
    return { output, hidden };
  },
});

nnSuite('gru', [
  cell('with h', 3, { input: 5, hidden: 4 }),
  cell('h omitted (zeros)', 2, { input: 3, hidden: 6 }, false),
  cell('no bias', 4, { input: 2, hidden: 3, bias: false }),
  cell('N = 1, hidden = 1', 1, { input: 3, hidden: 1 }),
  seq('1 layer, time-major', 2, 4, { input: 3, hidden: 5 }),
  seq('1 layer, T = 1, no h0', 3, 1, { input: 4, hidden: 2 }, false),
  seq('2 layers, time-major', 2, 5, { input: 3, hidden: 4, layers: 2 }),
  seq('2 layers, batch first', 3, 5, { input: 3, hidden: 4, layers: 2, batchFirst: true }),
  seq('2 layers, batch first, no h0, no bias', 2, 3, { input: 5, hidden: 3, layers: 2, batchFirst: true, bias: false }, false),
  seq('3 layers, N = 1', 1, 4, { input: 2, hidden: 3, layers: 3 }),
  // the gates contract, so 32 steps of f32 rounding in the oracle stay near 1e-7: no looser tolerance
  seq('2 layers, T = 32', 2, 32, { input: 4, hidden: 8, layers: 2, batchFirst: true }),
]);

describe('gru: parameters and arguments', () => {
  it('registers nn.GRU state_dict names per layer with U(±1/sqrt(hidden)) init', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [5, 2, 3]);
    b.scope('rnn', () => gru(b, x, { input: 3, hidden: 4, layers: 2 }));
    const k = 1 / Math.sqrt(4);
    expect(b.graph.params().map((n) => [n.attrs.name, n.attrs.shape])).toEqual([
      ['rnn.weight_ih_l0', [12, 3]], ['rnn.weight_hh_l0', [12, 4]], ['rnn.bias_ih_l0', [12]], ['rnn.bias_hh_l0', [12]],
      ['rnn.weight_ih_l1', [12, 4]], ['rnn.weight_hh_l1', [12, 4]], ['rnn.bias_ih_l1', [12]], ['rnn.bias_hh_l1', [12]],
    ]);
    for (const n of b.graph.params()) expect(n.attrs.init).toEqual({ kind: 'uniform', low: -k, high: k });
  });

  it('gruCell registers nn.GRUCell names', () => {
    const b = new GraphBuilder();
    b.scope('cell', () => gruCell(b, b.input('x', 'f32', [2, 3]), undefined, { input: 3, hidden: 2 }));
    expect(b.graph.params().map((n) => n.attrs.name)).toEqual(['cell.weight_ih', 'cell.weight_hh', 'cell.bias_ih', 'cell.bias_hh']);
  });

  it('output and hidden shapes follow batchFirst', () => {
    const b = new GraphBuilder();
    const r = gru(b, b.input('x', 'f32', [2, 7, 3]), { input: 3, hidden: 4, layers: 3, batchFirst: true });
    expect([r.output.shape, r.hidden.shape]).toEqual([[2, 7, 4], [3, 2, 4]]);
  });

  it('rejects mismatched sizes with typed errors', () => {
    const b = new GraphBuilder();
    const x = b.input('x', 'f32', [5, 2, 3]);
    expect(() => b.scope('rnn', () => gru(b, x, { input: 4, hidden: 4 })))
      .toThrow(/^gru 'rnn': input sequence \[5,2,3\] has size 3 on axis 2, but input = 4 \(expected 4, found 3\)/);
    expect(() => gru(b, x, { input: 3, hidden: 4, layers: 2 }, b.input('h0', 'f32', [1, 2, 4]))).toThrow(/initial state .* but layers = 2/);
    expect(() => gru(b, x, { input: 3, hidden: 4, batchFirst: true }, b.input('h1', 'f32', [1, 2, 4]))).toThrow(/the batch size of the sequence = 5 \(expected 5, found 2\)/);
    expect(() => gru(b, b.input('flat', 'f32', [5, 3]), { input: 3, hidden: 4 })).toThrow(ShapeError);
    expect(() => gru(b, b.input('empty', 'f32', [0, 2, 3]), { input: 3, hidden: 4 })).toThrow(/sequence length/);
    expect(() => gru(b, x, { input: 3, hidden: 4, layers: 0 })).toThrow(AttrError);
    const xc = b.input('xc', 'f32', [2, 3]);
    expect(() => gruCell(b, xc, b.input('hc', 'f32', [2, 5]), { input: 3, hidden: 4 })).toThrow(/hidden state \[2,5\] has size 5 on axis 1, but hidden = 4/);
    expect(() => gruCell(b, xc, b.input('hn', 'f32', [3, 4]), { input: 3, hidden: 4 })).toThrow(ShapeError);
  });
});
