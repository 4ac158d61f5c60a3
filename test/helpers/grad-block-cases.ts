// The seed blocks' gradient cases (official and paper variants), tiny shapes: odd T, T = 6 and 12, K = 5
// windows, SGS clips of identical frames (one active bin) beside random ones, MTConv with odd T, H and W,
// BatchNorm in training mode wherever the block has one.
import type { BnStats } from '../../nn/mtconv-common.ts';
import { dtf, type DtfOptions } from '../../nn/dtf.ts';
import { mtBlock, mtconv } from '../../nn/mtconv-paper.ts';
import { mtBlockCode, mtConvCode } from '../../nn/mtconv-code.ts';
import { sgs, type SgsOptions } from '../../nn/sgs.ts';
import { sifa, type SifaOptions } from '../../nn/sifa.ts';
import { init } from '../../ir/init.ts';
import { tam, type TamOptions } from '../../nn/tam.ts';
import type { BlockGradCase, BlockInput } from './grad-blocks.ts';

const x = (shape: number[], clips?: BlockInput['clips']): Record<string, BlockInput> => ({ x: { shape, clips } });

type TamCase = Omit<TamOptions, 'channels' | 'segments'>;
const tamCase = (id: string, [n, c, t, h, w]: number[], opts: TamCase): BlockGradCase => ({
  id: `tam ${opts.training ? 'train' : 'eval'} ${id}`, script: 'block_tam.py', module: opts.training ? 'tam_train_grad' : 'tam_eval_grad',
  config: { channels: c, segments: t, ...opts }, inputs: x([n * t, c, h, w]),
  build: (b, { x: v }) => ({ y: tam(b, v, { channels: c, segments: t, ...opts }).y }),
});

type DtfCase = Omit<DtfOptions, 'channels' | 'clipLen'>;
const dtfCase = (id: string, shape: number[], opts: DtfCase): BlockGradCase => ({
  id: `dtf ${opts.variant ?? 'code'} ${opts.training ? 'train' : 'eval'} ${id}`, script: 'block_dtf.py',
  module: opts.training ? 'dtf_train_grad' : 'dtf_eval_grad',
  config: { channels: shape[1], clipLen: shape[2], ...opts }, inputs: x(shape),
  build: (b, { x: v }) => ({ y: dtf(b, v, { channels: shape[1], clipLen: shape[2], ...opts }).y }),
});

// The embedding's official normal(0, 0.01) weights with biases drawn in ±0.5 can leave every hidden ReLU
// dead: all frames then embed alike, every d is 2B and the kernels ~1e-7, so nothing would be checked.
const sgsCase = (id: string, shape: number[], opts: SgsOptions, clips?: BlockInput['clips']): BlockGradCase => ({
  id: `sgs ${opts.training ? 'train' : 'eval'} ${id}`, script: 'block_sgs.py', module: 'sgs_grad', config: { ...opts }, inputs: x(shape, clips),
  normalParams: ['fc.0.weight', 'fc.0.bias', 'fc.2.weight'],
  build: (b, { x: v }) => ({ y: sgs(b, v, opts).y }),
});

// conv_offset drawn normal(0, 1): offsets of several pixels, so that many taps leave the image
const sifaCase = (id: string, shape: number[], opts: SifaOptions): BlockGradCase => ({
  id: `sifa ${opts.variant ?? 'code'} ${id}`, script: 'block_sifa.py', module: 'sifa_grad',
  config: { kernel: opts.kernel ?? 3, variant: opts.variant ?? 'code' }, inputs: x(shape),
  build: (b, { x: v }) => ({ y: sifa(b, v, { ...opts, offsetInit: init.normal(1) }).y }),
});

const stats = (): BnStats => new Map();

export const BLOCK_GRAD_CASES: BlockGradCase[] = [
  tamCase('odd T 5, K 5, local kernel 3', [2, 8, 5, 2, 3], { kernel: 5, localKernel: 3, training: true }),
  tamCase('T 6', [2, 8, 6, 2, 2], { training: false }),
  tamCase('T 12, K 5', [1, 8, 12, 1, 2], { kernel: 5, training: true }),
  dtfCase('odd T 5, K 5', [2, 8, 5, 3, 4], { K: 5, training: true }),
  dtfCase('T 6, G 4', [1, 8, 6, 3, 3], { G: 4, training: false }),
  dtfCase('T 12, G 8', [1, 4, 12, 2, 3], { G: 8, training: true }),
  dtfCase('odd T 5, K 5, G 4', [1, 8, 5, 3, 4], { K: 5, G: 4, variant: 'paper', training: false }),
  dtfCase('T 6, G 2', [1, 4, 6, 2, 3], { G: 2, variant: 'paper', training: true }),
  sifaCase('odd T 5, K 5, offsets off the image', [1, 4, 5, 4, 5], { kernel: 5 }),
  sifaCase('T 6', [2, 4, 6, 3, 4], {}),
  sifaCase('odd T 5, K 5', [1, 4, 5, 4, 3], { kernel: 5, variant: 'paper' }),
  sifaCase('T 12', [1, 2, 12, 3, 3], { variant: 'paper' }),
  sgsCase('odd T 5', [2, 8, 5, 2, 3], { training: true }),
  // A clip of identical frames has every Δ equal (‖eps‖) and every d at 2B: its gradient (~1e8, from
  // 1/max Δ) depends on how the tie in max Δ passes the cotangent (the official .max(dim)[0]: all to one
  // frame), which the linear-kernel cases check; the delta kernels' weights do not move with d.
  sgsCase('T 6, linear kernel, identical frames beside random ones', [2, 8, 6, 1, 2], { training: false }, ['identical', 'random']),
  sgsCase('T 6, a clip of identical frames (one active bin) beside a random one', [2, 8, 6, 2, 2], { training: true, kernel: 'delta' }, ['identical', 'random']),
  sgsCase('T 6, identical frames (one active bin)', [1, 8, 6, 1, 2], { training: false, kernel: 'delta_normalized' }, ['identical']),
  sgsCase('T 12, delta kernel, L1, swish', [2, 4, 12, 1, 2], { training: true, kernel: 'delta', distance: 'L1', activation: 'swish' }),
  sgsCase('T 5, linear_normalized, paper similarity', [2, 8, 5, 1, 2], { training: true, kernel: 'linear_normalized', similarity: 'paper' }),
  {
    id: 'mtconv paper train odd T, H, W; k (3, 1, 3)', script: 'block_mtconv.py', module: 'mtconv_paper_grad',
    config: { in: 3, out: 6, kernel: [3, 1, 3], delta: 0.5, training: true }, inputs: x([1, 3, 5, 5, 7]),
    build: (b, { x: v }) => ({ y: mtconv(b, v, { in: 3, out: 6, kernel: [3, 1, 3], delta: 0.5, training: true, stats: stats() }) }),
  },
  {
    id: 'mtblock paper train T 6', script: 'block_mtconv.py', module: 'mtblock_paper_grad',
    config: { channels: 8, width: 8, training: true }, inputs: x([1, 8, 6, 4, 4]),
    build: (b, { x: v }) => ({ y: mtBlock(b, v, { channels: 8, width: 8, training: true, stats: stats() }) }),
  },
  {
    id: 'mtconv code train 1x1x1, odd T', script: 'block_mtconv.py', module: 'mtconv_code_grad',
    config: { in: 16, out: 8, training: true }, inputs: { xs: { shape: [1, 14, 5, 3, 3] }, xl: { shape: [1, 2, 5, 3, 3] } },
    build: (b, { xs, xl }) => {
      const [short, long] = mtConvCode(b, [xs, xl], { in: 16, out: 8, training: true, stats: stats() });
      return { short, long };
    },
  },
  {
    id: 'mtblock code train base width 32, 1 GRU layer', script: 'block_mtconv.py', module: 'mtblock_code_grad',
    config: { inplanes: 16, planes: 16, baseWidth: 32, layers: 1, training: true }, inputs: { xs: { shape: [1, 14, 4, 4, 4] }, xl: { shape: [1, 2, 4, 2, 2] } },
    build: (b, { xs, xl }) => {
      const [short, long] = mtBlockCode(b, [xs, xl], { inplanes: 16, planes: 16, baseWidth: 32, layers: 1, training: true, stats: stats() });
      return { short, long };
    },
  },
];

/** The smallest backward of each block and variant, and SGS's linear kernel (its backward through the
 *  distances): for the CUDA tests, where every case costs an nvcc run. */
export const CUDA_GRAD_CASES: BlockGradCase[] = ['tam eval T 6', 'dtf code eval T 6, G 4', 'dtf paper train T 6, G 2', 'sifa code T 6',
  'sifa paper T 12', 'sgs train T 5, linear_normalized, paper similarity', 'mtconv paper train odd T, H, W; k (3, 1, 3)',
  'mtconv code train 1x1x1, odd T'].map((id) => {
  const c = BLOCK_GRAD_CASES.find((cc) => cc.id === id);
  if (!c) throw new Error(`no gradient case '${id}'`);
  return c;
});
