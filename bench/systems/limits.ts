// The adapter's limits, measured in the same run as the cases: a vec4 copy kernel (bytes read + written
// per second: the bandwidth a memory-bound kernel can hope for) and the cost of one more dispatch in a
// pass (a one-workgroup kernel dispatched many times in one submit, against once).
import { grid, openDispatcher } from '../gpu-device.ts';
import { median, timeLoop } from '../system.ts';

export const COPY_BYTES = 64 * 1024 * 1024;
const DISPATCHES = 256;

const COPY = `@group(0) @binding(0) var<storage, read> src: array<vec4<f32>>;
@group(0) @binding(1) var<storage, read_write> dst: array<vec4<f32>>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>, @builtin(num_workgroups) groups: vec3<u32>) {
  let i = gid.x + gid.y * groups.x * 64u;
  if (i < arrayLength(&src)) { dst[i] = src[i]; }
}`;

const TINY = `@group(0) @binding(0) var<storage, read_write> v: array<f32>;
@compute @workgroup_size(1)
fn main() { v[0] = v[0] + 1.0; }`;

export interface LimitsResult {
  device: string;
  copy: { bytes: number; ms: number; gbPerS: number; check: { pass: boolean; detail?: string } };
  dispatch: { perDispatchUs: number; dispatches: number };
}

export async function measureLimits(warmup: number, repeats: number): Promise<LimitsResult> {
  const d = await openDispatcher();
  try {
    const n = COPY_BYTES / 4;
    const src = new Float32Array(n);
    for (let i = 0; i < n; i++) src[i] = (i % 1021) - 510;
    const a = d.storage(COPY_BYTES, src);
    const b = d.storage(COPY_BYTES);
    const copy = await d.pipeline(COPY);
    const copyGroup = d.bind(copy, [a, b]);
    const copyOnce = () => d.submit([[copy, copyGroup, grid(d.device, Math.ceil(n / 4 / 64))]]);
    await copyOnce();
    const back = await d.read(b, COPY_BYTES);
    let bad = -1;
    for (let i = 0; i < n && bad < 0; i++) if (back[i] !== src[i]) bad = i;
    const check = bad < 0 ? { pass: true } : { pass: false, detail: `element ${bad}: ${back[bad]} != ${src[bad]}` };
    const copyT = check.pass ? (await timeLoop(copyOnce, warmup, repeats)).ms : NaN;

    const tiny = await d.pipeline(TINY);
    const tinyGroup = d.bind(tiny, [d.storage(16)]);
    const one = [tiny, tinyGroup, [1, 1]] as const;
    const many = Array.from({ length: DISPATCHES }, () => one);
    const diffs: number[] = [];
    for (let i = 0; i < warmup + repeats; i++) {
      const t1 = await d.submit([one]);
      const tn = await d.submit(many);
      if (i >= warmup) diffs.push(((tn - t1) / (DISPATCHES - 1)) * 1000);
    }
    return {
      device: d.describe(),
      copy: { bytes: COPY_BYTES, ms: copyT, gbPerS: (2 * COPY_BYTES) / (copyT * 1e6), check },
      dispatch: { perDispatchUs: median(diffs), dispatches: DISPATCHES },
    };
  } finally {
    d.destroy();
  }
}
