// The cases of the WebGPU suite: each is a graph built with the project's builder (what tempofuse compiles
// and what the float64 reference interpreter runs to check every system), plus the facts the report needs
// (the bytes an ideal kernel moves, so time converts to a fraction of the measured copy bandwidth). The
// peers' versions of each case live beside their systems (tfjs-cases.ts, onnx-cases.ts, wgsl-kernels.ts,
// torch_cases.py) and are keyed by the case id; a system without a version of a case says why.
import { GraphBuilder, type Value } from '../ir/builder.ts';
import type { Graph } from '../ir/graph.ts';
import { init } from '../ir/init.ts';

import { dtf } from '../nn/dtf.ts';
import { softmax } from '../nn/activations.ts';
import { mtBlock } from '../nn/mtconv.ts';
import { sgs } from '../nn/sgs.ts';
import { sifa } from '../nn/sifa.ts';
import { tam } from '../nn/tam.ts';
import buildTamResnet, { args as tamResnetArgs } from '../examples/tam_resnet.ts';

export interface BenchCase {
  readonly id: string;
  /** What is computed, in one line (with the shapes). */
  readonly title: string;
  readonly group: 'fft' | 'tam' | 'dtf' | 'block' | 'network';
  build(): Graph;
  /** Bytes an ideal kernel reads and writes (each input and output once); undefined where that is not a
   *  meaningful floor (whole blocks: their weights and intermediates depend on the plan). */
  readonly idealBytes?: number;
  /** Relative tolerance of the correctness check: max |y − y64| over max |y64|. */
  readonly tol: number;
}

const F32 = 4;

// ---- FFT-filter-IFFT: y = x + irfft(rfft(x, along T) · filter, n = T), ortho, filter one complex gain per
// (channel, frequency bin): DTF's layout (N, C, T, H, W). Every T moves the same number of elements (C
// shrinks as T grows), so that each case runs in seconds on SwiftShader and times compare across T.
export const FFT_TS = [8, 16, 32, 64] as const;
export const fftShape = (T: number) => ({ N: 2, C: (64 * 8) / T, T, H: 14, W: 14 });

function fftFilter(T: number): BenchCase {
  const { N, C, H, W } = fftShape(T);
  const M = Math.floor(T / 2) + 1;
  return {
    id: `fft-filter-T${T}`, group: 'fft',
    title: `FFT-filter-IFFT x (${N},${C},${T},${H},${W}), filter (${C},${M}) complex`,
    idealBytes: (2 * N * C * T * H * W + 2 * C * M) * F32,
    tol: 1e-3,
    build() {
      const b = new GraphBuilder(`fft_filter_T${T}`);
      const x = b.input('x', 'f32', [N, C, T, H, W]);
      const re = b.param('filter_re', [C, M], init.normal(1));
      const im = b.param('filter_im', [C, M], init.normal(1));
      const filter = b.complex(b.reshape(re, { shape: [1, C, M, 1, 1] }), b.reshape(im, { shape: [1, C, M, 1, 1] }));
      const spec = b.rfft(x, { axis: 2, norm: 'ortho' });
      b.output('y', b.add(x, b.irfft(b.mul(spec, filter), { axis: 2, n: T, norm: 'ortho' })));
      return b.build();
    },
  };
}

// ---- TAM's adaptive temporal convolution, in TAM's TSN layout: z (N·T, C, H, W), θ (N, C, 3),
// y[n,t,c,p] = Σ_k θ[n,c,k] · z[n,t+k−1,c,p] (zero outside 0..T−1).
export const TAM_CONV_SHAPE = { N: 1, T: 8, C: 128, H: 28, W: 28, K: 3 } as const;

function tamConv(): BenchCase {
  const { N, T, C, H, W, K } = TAM_CONV_SHAPE;
  return {
    id: 'tam-conv', group: 'tam',
    title: `TAM adaptive temporal conv z (${N * T},${C},${H},${W}), θ (${N},${C},${K})`,
    idealBytes: (2 * N * T * C * H * W + N * C * K) * F32,
    tol: 1e-5,
    build() {
      const b = new GraphBuilder('tam_conv');
      const z = b.input('z', 'f32', [N * T, C, H, W]);
      const theta = b.input('theta', 'f32', [N, C, K]);
      const frames = b.reshape(z, { shape: [N, T, C, H, W] });
      const stacked = b.unfold(frames, { at: 1, axes: [1], kernel: [K], padding: [(K - 1) / 2] }); // (N, K, T, C, H, W)
      const weights = b.reshape(b.permute(theta, { perm: [0, 2, 1] }), { shape: [N, K, 1, C, 1, 1] });
      b.output('y', b.reshape(b.sum(b.mul(stacked, weights), { axes: [1] }), { shape: [N * T, C, H, W] }));
      return b.build();
    },
  };
}

// ---- DTF's correlation + softmax + aggregation (spec §1.2 steps A–D): for t < T−1,
// y_t(p) = x_t(p) + Σ_k softmax_k((1/C) x_t(p)·x_{t+1}(p+δ_k)) · x_{t+1}(p+δ_k), y_{T−1} = x_{T−1}.
export const DTF_AGG_SHAPE = { N: 1, C: 64, T: 8, H: 14, W: 14, K: 3 } as const;

function dtfAggregate(): BenchCase {
  const { N, C, T, H, W, K } = DTF_AGG_SHAPE;
  return {
    id: 'dtf-corr-agg', group: 'dtf',
    title: `DTF correlation+softmax+aggregation x (${N},${C},${T},${H},${W}), ${K}×${K}`,
    idealBytes: 2 * N * C * T * H * W * F32,
    tol: 1e-5,
    build() {
      const b = new GraphBuilder('dtf_corr_agg');
      const x = b.input('x', 'f32', [N, C, T, H, W]);
      const p = (K - 1) / 2;
      const nb = b.unfold(x, { at: 2, axes: [3, 4], kernel: [K, K], padding: [p, p] }); // (N, C, K², T, H, W)
      const query = b.reshape(b.slice(x, { axes: [2], starts: [0], ends: [T - 1] }), { shape: [N, C, 1, T - 1, H, W] });
      const keys = b.slice(nb, { axes: [3], starts: [1], ends: [T] });
      const corr = b.mul(b.sum(b.mul(query, keys), { axes: [1] }), b.constant(1 / C)); // (N, K², T−1, H, W)
      const attn = b.reshape(softmax(b, corr, 1), { shape: [N, 1, K * K, T - 1, H, W] });
      const agg = b.sum(b.mul(attn, keys), { axes: [2] }); // (N, C, T−1, H, W)
      const head = b.add(b.slice(x, { axes: [2], starts: [0], ends: [T - 1] }), agg);
      b.output('y', b.concat([head, b.slice(x, { axes: [2], starts: [T - 1], ends: [T] })], { axis: 2 }));
      return b.build();
    },
  };
}

// ---- the five blocks' forward (inference), builders from nn/, shapes scaled so SwiftShader runs each in
// well under a second per forward.
function block(id: string, title: string, fn: (b: GraphBuilder) => Value | Record<string, Value>, tol = 1e-4): BenchCase {
  return {
    id: `block-${id}`, group: 'block', title, tol,
    build() {
      const b = new GraphBuilder(`block_${id}`);
      const out = fn(b);
      if ('id' in out && typeof (out as Value).id === 'number') b.output('y', out as Value);
      else for (const [k, v] of Object.entries(out)) b.output(k, v);
      return b.build();
    },
  };
}

const blocks: BenchCase[] = [
  block('dtf', 'DTF block (code) x (1,64,8,14,14)', (b) =>
    dtf(b, b.input('x', 'f32', [1, 64, 8, 14, 14]), { channels: 64, clipLen: 8, training: false }).y),
  block('tam', 'TAM block x (8,64,28,28), T=8', (b) =>
    tam(b, b.input('x', 'f32', [8, 64, 28, 28]), { channels: 64, segments: 8, training: false }).y),
  block('sifa', 'SIFA block (code) x (1,64,8,14,14)', (b) =>
    sifa(b, b.input('x', 'f32', [1, 64, 8, 14, 14])).y),
  // SGS bins frames by the distance of each frame's embedding to the clip mean, a difference of nearly
  // equal f32 numbers that keeps only 3-4 significant digits in any f32 implementation (the device tests
  // allow 1e-3 of the output's scale for the same reason)
  block('sgs', 'SGS block x (1,64,8,14,14)', (b) => {
    const r = sgs(b, b.input('x', 'f32', [1, 64, 8, 14, 14]), { training: false });
    return { y: r.y, lengths: r.lengths };
  }, 1e-3),
  block('mtconv', 'MTBlock (paper) x (1,16,8,8,8), width 8', (b) =>
    mtBlock(b, b.input('x', 'f32', [1, 16, 8, 8, 8]), { channels: 16, width: 8, training: false })),
];

// ---- a whole network: examples/tam_resnet.ts (TSN-style ResNet with TAM in each bottleneck) at a bench shape
export const TAM_RESNET_ARGS = { ...tamResnetArgs, batch: 1, segments: 8, size: 48, stages: 2, training: false };

const tamResnet: BenchCase = {
  id: 'net-tam-resnet', group: 'network', tol: 1e-4,
  title: `examples/tam_resnet.ts x (${TAM_RESNET_ARGS.batch * TAM_RESNET_ARGS.segments},3,${TAM_RESNET_ARGS.size},${TAM_RESNET_ARGS.size}), ${TAM_RESNET_ARGS.stages} stages`,
  build() {
    const b = new GraphBuilder('tam_resnet');
    for (const [k, v] of Object.entries(buildTamResnet(b, TAM_RESNET_ARGS))) b.output(k, v);
    return b.build();
  },
};

export const CASES: readonly BenchCase[] = [...FFT_TS.map(fftFilter), tamConv(), dtfAggregate(), ...blocks, tamResnet];

export function caseById(id: string): BenchCase {
  const c = CASES.find((k) => k.id === id);
  if (!c) throw new Error(`unknown bench case '${id}' (known: ${CASES.map((k) => k.id).join(', ')})`);
  return c;
}

