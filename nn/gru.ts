// GRU as compositions, exactly PyTorch's nn.GRUCell / nn.GRU equations (spec §7: the reset gate acts
// after the hidden product), gate order r, z, n in the stacked weights:
//   r = σ(W_ir x + b_ir + W_hr h + b_hr)
//   z = σ(W_iz x + b_iz + W_hz h + b_hz)
//   n = tanh(W_in x + b_in + r ⊙ (W_hn h + b_hn))
//   h' = (1 − z) ⊙ n + z ⊙ h, computed as n + z ⊙ (h − n) like PyTorch's kernels.
// All weights and biases start U(±1/sqrt(hidden)), PyTorch's reset_parameters.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { init } from '../ir/init.ts';
import { applyLinear } from './linear.ts';
import { requireDim, requireKnownOptions, requireRankIn, requireSize } from './check.ts';

interface GruWeights { wih: Value; whh: Value; bih?: Value; bhh?: Value }

/** weight_ih{suffix} (3H, I), weight_hh{suffix} (3H, H), bias_ih{suffix}, bias_hh{suffix} (3H). */
function gruWeights(b: GraphBuilder, suffix: string, input: number, hidden: number, bias: boolean): GruWeights {
  const k = 1 / Math.sqrt(hidden);
  const u = init.uniform(-k, k);
  return {
    wih: b.param(`weight_ih${suffix}`, [3 * hidden, input], u),
    whh: b.param(`weight_hh${suffix}`, [3 * hidden, hidden], u),
    ...(bias ? { bih: b.param(`bias_ih${suffix}`, [3 * hidden], u), bhh: b.param(`bias_hh${suffix}`, [3 * hidden], u) } : {}),
  };
}

/** One step from the input projection gi = W_ih x + b_ih (N, 3H) and the previous state h (N, H). */
function step(b: GraphBuilder, gi: Value, h: Value, w: GruWeights, hidden: number): Value {
  const gh = applyLinear(b, h, w.whh, w.bhh);
  const gate = (t: Value, g: number): Value => b.slice(t, { axes: [-1], starts: [g * hidden], ends: [(g + 1) * hidden] });
  const r = b.sigmoid(b.add(gate(gi, 0), gate(gh, 0)));
  const z = b.sigmoid(b.add(gate(gi, 1), gate(gh, 1)));
  const n = b.tanh(b.add(gate(gi, 2), b.mul(r, gate(gh, 2))));
  return b.add(n, b.mul(z, b.sub(h, n)));
}

export interface GruCellOptions {
  input: number;
  hidden: number;
  /** Default true. */
  bias?: boolean;
}

/** nn.GRUCell: x (N, input), h (N, hidden) or undefined for zeros -> h' (N, hidden). */
const CELL_OPTIONS: Record<keyof GruCellOptions, true> = { input: true, hidden: true, bias: true };
const OPTIONS: Record<keyof GruOptions, true> = { input: true, hidden: true, layers: true, batchFirst: true, bias: true };

export function gruCell(b: GraphBuilder, x: Value, h: Value | undefined, opts: GruCellOptions): Value {
  requireKnownOptions(b, 'gruCell', opts, CELL_OPTIONS);
  requireSize(b, 'gruCell', 'input', opts.input);
  requireSize(b, 'gruCell', 'hidden', opts.hidden);
  requireRankIn(b, 'gruCell', 'input', x, [2], '(N, input)');
  requireDim(b, 'gruCell', 'input', x, 1, opts.input, 'input');
  const N = x.shape[0];
  if (h) {
    requireRankIn(b, 'gruCell', 'hidden state', h, [2], '(N, hidden)');
    requireDim(b, 'gruCell', 'hidden state', h, 0, N, 'the batch size of the input');
    requireDim(b, 'gruCell', 'hidden state', h, 1, opts.hidden, 'hidden');
  }
  const w = gruWeights(b, '', opts.input, opts.hidden, opts.bias ?? true);
  return step(b, applyLinear(b, x, w.wih, w.bih), h ?? b.constant(0, x.dtype, [N, opts.hidden]), w, opts.hidden);
}

export interface GruOptions {
  input: number;
  hidden: number;
  /** num_layers, default 1. Layer l > 0 reads layer l − 1's output sequence. */
  layers?: number;
  /** Sequence (N, T, input) instead of (T, N, input). Default false, as nn.GRU. */
  batchFirst?: boolean;
  /** Default true. */
  bias?: boolean;
}

export interface GruResult {
  /** Last layer's state at every step: (N, T, hidden) with batchFirst, else (T, N, hidden). */
  output: Value;
  /** Every layer's final state: (layers, N, hidden). */
  hidden: Value;
}

/** nn.GRU (unidirectional, no dropout), unrolled over T. h0 is (layers, N, hidden), zeros when omitted.
 *  Params weight_ih_l{k}, weight_hh_l{k}, bias_ih_l{k}, bias_hh_l{k} under the current scope. */
export function gru(b: GraphBuilder, seq: Value, opts: GruOptions, h0?: Value): GruResult {
  requireKnownOptions(b, 'gru', opts, OPTIONS);
  const layers = opts.layers ?? 1;
  requireSize(b, 'gru', 'input', opts.input);
  requireSize(b, 'gru', 'hidden', opts.hidden);
  requireSize(b, 'gru', 'layers', layers);
  const tAxis = opts.batchFirst ? 1 : 0;
  const nAxis = 1 - tAxis;
  requireRankIn(b, 'gru', 'input sequence', seq, [3], opts.batchFirst ? '(N, T, input)' : '(T, N, input)');
  requireDim(b, 'gru', 'input sequence', seq, 2, opts.input, 'input');
  const T = seq.shape[tAxis], N = seq.shape[nAxis], H = opts.hidden;
  requireSize(b, 'gru', 'sequence length', T);
  if (h0) {
    requireRankIn(b, 'gru', 'initial state', h0, [3], '(layers, N, hidden)');
    requireDim(b, 'gru', 'initial state', h0, 0, layers, 'layers');
    requireDim(b, 'gru', 'initial state', h0, 1, N, 'the batch size of the sequence');
    requireDim(b, 'gru', 'initial state', h0, 2, H, 'hidden');
  }
  const at = (v: Value, axis: number, i: number, shape: number[]): Value =>
    b.reshape(b.slice(v, { axes: [axis], starts: [i], ends: [i + 1] }), { shape });
  const finals: Value[] = [];
  let x = seq;
  for (let l = 0; l < layers; l++) {
    const w = gruWeights(b, `_l${l}`, l === 0 ? opts.input : H, H, opts.bias ?? true);
    // the input projection of all T steps is one matmul; only the hidden product is sequential
    const gi = applyLinear(b, x, w.wih, w.bih);
    let h = h0 ? at(h0, 0, l, [N, H]) : b.constant(0, seq.dtype, [N, H]);
    const steps: Value[] = [];
    for (let t = 0; t < T; t++) {
      h = step(b, at(gi, tAxis, t, [N, 3 * H]), h, w, H);
      steps.push(b.reshape(h, { shape: opts.batchFirst ? [N, 1, H] : [1, N, H] }));
    }
    x = b.concat(steps, { axis: tAxis });
    finals.push(b.reshape(h, { shape: [1, N, H] }));
  }
  return { output: x, hidden: b.concat(finals, { axis: 0 }) };
}
