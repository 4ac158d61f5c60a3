// Triplet cosine frame selection (spec §5.3): keep ⌊T/2⌋ frames of x (N, C, T, H, W), chosen from the
// cosine similarity of each frame's channel vector with its neighbours'.
//
//   1. g_t   = spatial mean of frame t (code) or spatial sum (paper)                  (N, C, T)
//   2. s_t   = cos(g_t, g_{t+1}) over C, t = 0..T-2, with the pre-1.12 PyTorch eps rule (spec §7): the
//              product of the squared norms is clamped, s = w12 / sqrt(max(w1·w2, eps²)), not each norm.
//              The code squares it (s_t²); the paper does not.
//   3. P_j   = (s_{j-1} + s_j) / 2 (code: avg_pool1d(2, 1)) or s_{j-1} + s_j (paper), j = 1..T-2.
//   4. the ⌊T/2⌋ largest P (code: torch.topk largest) or smallest (paper: argmin); ties go to the
//      earlier frame; frame index = j (the +1 shift: first and last frames are never chosen), ascending.
//   5. gather those frames: (N, C, ⌊T/2⌋, H, W).
//
// In the graph: two reductions (spatial, then one over C giving all three dot products), elementwise
// scores, one topk_indices (ascending indices: sorted = false) and one gather along T. The selection has
// no gradient; the gather passes gradient to the chosen frames only.
import type { GraphBuilder, Value } from '../ir/builder.ts';
import { AttrError, ShapeError } from '../ir/errors.ts';
import { formatShape } from '../ir/tensor.ts';
import { requireKnownOptions, requireRankIn, site } from './check.ts';

export type CosineVariant = 'code' | 'paper';

export interface CosineSelectOptions {
  /** 'code': mean, squared cosine, averaged pairs, topk largest. 'paper': sum, cosine, summed pairs, smallest. */
  variant: CosineVariant;
  /** The cosine similarity's eps (default 1e-4, as temporal_cossim_pool). */
  eps?: number;
}

const BLOCK = 'cosineSelect';
const OPTIONS: Record<keyof CosineSelectOptions, true> = { variant: true, eps: true };

function check(b: GraphBuilder, x: Value, opts: CosineSelectOptions): number {
  requireKnownOptions(b, BLOCK, opts, OPTIONS);
  if (opts.variant !== 'code' && opts.variant !== 'paper') {
    throw new AttrError(`${site(b, BLOCK)}: option 'variant' must be 'code' or 'paper'`, { expected: "'code' | 'paper'", found: String(opts.variant) });
  }
  const eps = opts.eps ?? 1e-4;
  if (!(eps > 0 && Number.isFinite(eps))) {
    throw new AttrError(`${site(b, BLOCK)}: option 'eps' must be a positive number`, { expected: 'eps > 0', found: String(opts.eps) });
  }
  requireRankIn(b, BLOCK, 'input', x, [5], '(N, C, T, H, W)');
  if (x.shape[2] < 3) {
    throw new ShapeError(`${site(b, BLOCK)}: input ${formatShape(x.shape)} needs at least 3 frames (the first and last are never selected; skip the call when T <= 2)`, {
      expected: 'T >= 3', found: `T = ${x.shape[2]}`,
    });
  }
  if (x.shape.some((d) => d < 1)) {
    throw new ShapeError(`${site(b, BLOCK)}: input ${formatShape(x.shape)} has an empty axis`, { expected: 'every size >= 1', found: formatShape(x.shape) });
  }
  return eps;
}

/** The triplet scores P_j of the interior frames j = 1..T-2: (N, T-2). */
export function tripletScores(b: GraphBuilder, x: Value, opts: CosineSelectOptions): Value {
  const eps = check(b, x, opts);
  const T = x.shape[2];
  const code = opts.variant === 'code';
  const g = code ? b.mean(x, { axes: [3, 4] }) : b.sum(x, { axes: [3, 4] }); // (N, C, T)
  const frames = (start: number, end: number): Value => b.slice(g, { axes: [2], starts: [start], ends: [end] });
  const prev = frames(0, T - 1), next = frames(1, T);
  // the three products g_t·g_{t+1}, g_t², g_{t+1}² stacked on a new axis (N, C, 3, T-1): one reduction over
  // C gives all three dot products (one kernel; the fuser inlines the slices and the concat as its
  // prologue). The scores stay (N, 1, ·) until the end: fewer nodes to recompute where they are inlined.
  const N = x.shape[0], C = x.shape[1];
  const prod = (u: Value, v: Value): Value => b.reshape(b.mul(u, v), { shape: [N, C, 1, T - 1] });
  const dots = b.sum(b.concat([prod(prev, next), prod(prev, prev), prod(next, next)], { axis: 2 }), { axes: [1] }); // (N, 3, T-1)
  const dot = (k: number): Value => b.slice(dots, { axes: [1], starts: [k], ends: [k + 1] }); // (N, 1, T-1)
  const w12 = dot(0);
  const n12 = b.sqrt(b.maximum(b.mul(dot(1), dot(2)), eps * eps));
  let s = b.div(w12, n12);
  if (code) s = b.mul(s, s);
  const pair3 = b.add(b.slice(s, { axes: [2], starts: [0], ends: [T - 2] }), b.slice(s, { axes: [2], starts: [1], ends: [T - 1] }));
  const pair = b.reshape(pair3, { shape: [N, T - 2] });
  return code ? b.mul(pair, 0.5) : pair;
}

/** The selected frame indices, ascending: i32 (N, ⌊T/2⌋), each in 1..T-2. */
export function cosineSelectIndices(b: GraphBuilder, x: Value, opts: CosineSelectOptions): Value {
  const scores = tripletScores(b, x, opts);
  // sorted = false lists the chosen positions in ascending order; equal scores tie to the lower position
  const pos = b.apply('topk_indices', [scores], { k: Math.floor(x.shape[2] / 2), axis: 1, largest: opts.variant === 'code', sorted: false });
  return b.add(pos, 1);
}

/** temporal_cossim_pool: x (N, C, T, H, W), T >= 3 -> (N, C, ⌊T/2⌋, H, W). */
export function cosineSelect(b: GraphBuilder, x: Value, opts: CosineSelectOptions): Value {
  const idx = cosineSelectIndices(b, x, opts);
  const [N, k] = idx.shape;
  return b.gather(x, b.reshape(idx, { shape: [N, 1, k, 1, 1] }), { axis: 2 });
}
