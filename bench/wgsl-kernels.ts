// The "limit" rows: straight-line WGSL written for one case and one shape, the code a person would write
// by hand for this adapter. One invocation per (n, c, h, w) line keeps the T values of its line in
// registers; every loop over T is unrolled and every twiddle is a constant. The FFT text is produced by a
// small generator (a radix-2 decimation-in-time FFT, evaluated symbolically so that multiplications by 0,
// ±1 and ±i disappear) because writing 64-point butterflies out by hand is error-prone, not because the
// result is generic: each kernel serves exactly one case.
import { fftShape, TAM_CONV_SHAPE } from './cases.ts';

export interface HandKernel {
  readonly source: string;
  /** Storage bindings in order: graph input/param names, then 'out:<output name>'. */
  readonly bindings: readonly string[];
  readonly invocations: number;
  readonly workgroupSize: number;
}

/** A complex value as two WGSL expressions; null is an exact zero. */
interface Cx { re: string | null; im: string | null }

class Lines {
  readonly body: string[] = [];
  private n = 0;
  let(expr: string): string {
    const v = `v${this.n++}`;
    this.body.push(`  let ${v} = ${expr};`);
    return v;
  }
}

const lit = (v: number): string => {
  const s = v.toPrecision(9);
  return /[.e]/.test(s) ? s : `${s}.0`;
};

function add(L: Lines, a: string | null, b: string | null, sign: 1 | -1): string | null {
  if (b === null) return a;
  if (a === null) return sign === 1 ? b : L.let(`-${b}`);
  return L.let(`${a} ${sign === 1 ? '+' : '-'} ${b}`);
}

/** a · s for a constant s (0, ±1 folded). */
function scale(L: Lines, a: string | null, s: number): string | null {
  if (a === null || s === 0) return null;
  if (s === 1) return a;
  if (s === -1) return L.let(`-${a}`);
  return L.let(`${a} * ${lit(s)}`);
}

const snap = (v: number): number => (Math.abs(v) < 1e-12 ? 0 : Math.abs(Math.abs(v) - 1) < 1e-12 ? Math.sign(v) : v);

/** o · exp(sign·2πi·k/n) */
function twiddle(L: Lines, o: Cx, k: number, n: number, sign: 1 | -1): Cx {
  const c = snap(Math.cos((2 * Math.PI * k) / n));
  const s = snap(sign * Math.sin((2 * Math.PI * k) / n));
  return {
    re: add(L, scale(L, o.re, c), scale(L, o.im, s), -1),
    im: add(L, scale(L, o.re, s), scale(L, o.im, c), 1),
  };
}

/** Unnormalised DFT of xs with kernel exp(sign·2πi·jk/n), n a power of two. */
function fft(L: Lines, xs: readonly Cx[], sign: 1 | -1): Cx[] {
  const n = xs.length;
  if (n === 1) return [xs[0]];
  const even = fft(L, xs.filter((_, i) => i % 2 === 0), sign);
  const odd = fft(L, xs.filter((_, i) => i % 2 === 1), sign);
  const out = new Array<Cx>(n);
  for (let k = 0; k < n / 2; k++) {
    const t = twiddle(L, odd[k], k, n, sign);
    out[k] = { re: add(L, even[k].re, t.re, 1), im: add(L, even[k].im, t.im, 1) };
    out[k + n / 2] = { re: add(L, even[k].re, t.re, -1), im: add(L, even[k].im, t.im, -1) };
  }
  return out;
}

const HEADER = (wg: number, lines: number) => `// hand-written for one shape: ${lines} lines, one invocation each
@compute @workgroup_size(${wg})
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
  let line = gid.x + gid.y * groups.x * ${wg}u;
  if (line >= ${lines}u) { return; }`;

/** y = x + irfft(rfft(x) · filter) along T (ortho), x (N, C, T, H, W), filter (C, M) as separate re/im. */
export function fftFilterKernel(T: number): HandKernel {
  const { N, C, H, W } = fftShape(T);
  const HW = H * W, M = T / 2 + 1, lines = N * C * HW, wg = 64;
  const L = new Lines();
  L.body.push(`  let p = line % ${HW}u;`, `  let nc = line / ${HW}u;`, `  let c = nc % ${C}u;`, `  let base = nc * ${T * HW}u + p;`);
  const xs: string[] = [];
  for (let t = 0; t < T; t++) xs.push(L.let(`x[base + ${t * HW}u]`));
  const spec = fft(L, xs.map((v) => ({ re: v, im: null })), -1).slice(0, M);
  // Y[f] = X[f] · filter[c, f] / T (the two ortho scalings together)
  const Y: Cx[] = spec.map((s, f) => {
    const fr = L.let(`filter_re[c * ${M}u + ${f}u] * ${lit(1 / T)}`);
    const fi = L.let(`filter_im[c * ${M}u + ${f}u] * ${lit(1 / T)}`);
    const re = s.im === null ? L.let(`${s.re} * ${fr}`) : L.let(`${s.re} * ${fr} - ${s.im} * ${fi}`);
    const im = s.im === null ? L.let(`${s.re} * ${fi}`) : L.let(`${s.re} * ${fi} + ${s.im} * ${fr}`);
    // a real signal's DC and Nyquist bins are real: a C2R transform ignores their imaginary parts
    return { re, im: f === 0 || f === T / 2 ? null : im };
  });
  const full: Cx[] = [];
  for (let f = 0; f < T; f++) full.push(f < M ? Y[f] : { re: Y[T - f].re, im: scale(L, Y[T - f].im, -1) });
  const back = fft(L, full, 1);
  for (let t = 0; t < T; t++) L.body.push(`  y[base + ${t * HW}u] = ${xs[t]} + ${back[t].re};`);
  const source = `@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> filter_re: array<f32>;
@group(0) @binding(2) var<storage, read> filter_im: array<f32>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;
${HEADER(wg, lines)}
${L.body.join('\n')}
}
`;
  return { source, bindings: ['x', 'filter_re', 'filter_im', 'out:y'], invocations: lines, workgroupSize: wg };
}

/** TAM's temporal conv on z (N·T, C, H, W) with θ (N, C, 3): one invocation per (n, c, h, w) line. */
export function tamConvKernel(): HandKernel {
  const { N, T, C, H, W, K } = TAM_CONV_SHAPE;
  const HW = H * W, lines = N * C * HW, wg = 64;
  const L = new Lines();
  L.body.push(`  let p = line % ${HW}u;`, `  let nc = line / ${HW}u;`, `  let n = nc / ${C}u;`, `  let c = nc % ${C}u;`,
    `  let base = n * ${T * C * HW}u + c * ${HW}u + p;`);
  const th = Array.from({ length: K }, (_, k) => L.let(`theta[nc * ${K}u + ${k}u]`));
  const zs = Array.from({ length: T }, (_, t) => L.let(`z[base + ${t * C * HW}u]`));
  for (let t = 0; t < T; t++) {
    const terms: string[] = [];
    for (let k = 0; k < K; k++) {
      const s = t + k - (K - 1) / 2;
      if (s >= 0 && s < T) terms.push(`${th[k]} * ${zs[s]}`);
    }
    L.body.push(`  y[base + ${t * C * HW}u] = ${terms.join(' + ')};`);
  }
  const source = `@group(0) @binding(0) var<storage, read> z: array<f32>;
@group(0) @binding(1) var<storage, read> theta: array<f32>;
@group(0) @binding(2) var<storage, read_write> y: array<f32>;
${HEADER(wg, lines)}
${L.body.join('\n')}
}
`;
  return { source, bindings: ['z', 'theta', 'out:y'], invocations: lines, workgroupSize: wg };
}

/** The hand-written kernel of a case, or undefined where none was written. */
export function handKernel(caseId: string): HandKernel | undefined {
  const fftT = /^fft-filter-T(\d+)$/.exec(caseId);
  if (fftT) return fftFilterKernel(Number(fftT[1]));
  if (caseId === 'tam-conv') return tamConvKernel();
  return undefined;
}
