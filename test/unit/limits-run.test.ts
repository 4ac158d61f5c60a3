// Limits are checked from the declared types before any tensor is drawn or read: a run, diff or init of a
// network too large for the host is refused at once with a LimitError naming the tensor. (`check` refusing
// a tensor of 1e18 elements: cli.test.ts. The device's binding limit: test/device/limits-webgpu.test.ts.)
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LimitError } from '../../ir/errors.ts';
import { checkDeviceBinding, checkDeviceMemory, checkHostMemory, deviceNeed, hostNeed } from '../../runtime/limits.ts';
import { LIMIT_MS, sumGraph, timed } from '../helpers/big-graphs.ts';
import { expectOneLineError } from '../helpers/cli.ts';

let dir: string;
const tmp = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-limits-'));
  await Promise.all([
    // 64 tensors of 2e9 elements: more host memory than any machine running this has
    writeFile(tmp('many_inputs.tfir'), sumGraph('input', 64, 2_000_000_000)),
    writeFile(tmp('many_params.tfir'), sumGraph('param', 64, 2_000_000_000)),
    // a one-element input expanded to 64 outputs of 2e9 elements each
    writeFile(tmp('many_outputs.ts'), 'export default function (b: any) {\n  const x = b.input("x", "f32", [1]);\n  for (let i = 0; i < 64; i++) b.output(`y${i}`, b.expand(x, { shape: [2_000_000_000] }));\n}\n'),
  ]);
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

// one command at a time: each is timed, and the machine may be busy
describe('limits before drawing', () => {
  it('run --target reference refuses inputs larger than host memory, without drawing them', async () => {
    const { r, ms } = await timed('run', tmp('many_inputs.tfir'), '--target', 'reference');
    expectOneLineError(r, /^error: LimitError: running big needs \S+ GB of host memory, more than is available \(largest: output 'y' f32\[2000000000\], 16\.00 GB\) \(expected at most .+, found .+\)$/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('run --target reference counts the outputs it computes, at float64', async () => {
    const { r, ms } = await timed('run', tmp('many_outputs.ts'), '--target', 'reference');
    expectOneLineError(r, /^error: LimitError: running many_outputs needs 1024\.00 GB of host memory, more than is available \(largest: output 'y0' f32\[2000000000\], 16\.00 GB\)/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('diff refuses the same before drawing', async () => {
    const { r, ms } = await timed('diff', tmp('many_inputs.tfir'));
    expectOneLineError(r, /^error: LimitError: running big needs .* of host memory/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });

  it('init refuses parameters larger than host memory, without drawing them', async () => {
    const { r, ms } = await timed('init', tmp('many_params.tfir'), '--out', tmp('never.safetensors'));
    expectOneLineError(r, /^error: LimitError: drawing the parameters of big needs .* of host memory, more than is available \(largest: param 't0'/);
    expect(ms).toBeLessThan(LIMIT_MS);
  });
});

describe('limit checks', () => {
  const x = { name: 'x', dtype: 'f32' as const, shape: [1000, 1000], loc: 'net.ts:3:7' };
  const w = { name: 'w', dtype: 'bool' as const, shape: [10] };

  it('count each tensor at its host size, and device copies of dtypes stored otherwise there', () => {
    const host = hostNeed([{ kind: 'input', declared: [x] }, { kind: 'param', declared: [w] }]);
    const device = hostNeed([{ kind: 'input', declared: [x] }, { kind: 'param', declared: [w] }], { device: true });
    expect(device.bytes - host.bytes).toBe(40); // ten bools uploaded as u32
    expect(host.largest?.t.name).toBe('x');
    const y = { name: 'y', dtype: 'c64' as const, shape: [5] };
    expect(hostNeed([{ kind: 'output', declared: [y] }]).bytes).toBe(80); // the reference computes in float64
    expect(hostNeed([{ kind: 'output', declared: [y] }], { device: true }).bytes).toBe(80); // read back, and stored as c64
  });

  it('refuse a need beyond the available memory, naming the largest tensor and where it was declared', () => {
    const need = hostNeed([{ kind: 'input', declared: [x] }]);
    expect(() => checkHostMemory(need, 'running net', need.bytes)).not.toThrow();
    let err: unknown;
    try { checkHostMemory(need, 'running net', need.bytes / 2); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(LimitError);
    expect((err as LimitError).message).toBe(`net.ts:3:7: running net needs ${need.bytes / 1e6}.0 MB of host memory, more than is available (largest: input 'x' f32[1000,1000], ${need.bytes / 1e6}.0 MB) (expected at most ${need.bytes / 2e6}.0 MB, found ${need.bytes / 1e6}.0 MB)`);
    expect((err as LimitError).loc).toBe('net.ts:3:7');
  });

  it('refuse device buffers beyond the device\'s free memory (CUDA), naming the largest', () => {
    const need = deviceNeed([{ kind: 'input', declared: [x] }, { kind: 'param', declared: [w] }]);
    expect(need.bytes).toBe(4e6 + 40); // bools stored as u32 on a device
    expect(need.largest).toEqual({ name: "input 'x' f32[1000,1000]", bytes: 4e6, loc: 'net.ts:3:7' });
    expect(() => checkDeviceMemory(need.bytes, { bytes: need.bytes, device: 'CUDA device 0' }, 'running net', need.largest)).not.toThrow();
    expect(() => checkDeviceMemory(need.bytes, { bytes: 3e6, device: 'CUDA device 0' }, 'running net', need.largest))
      .toThrow(new LimitError("running net needs 4.0 MB of device memory; CUDA device 0 has 3.0 MB free (largest: input 'x' f32[1000,1000], 4.0 MB)", { expected: 'at most 3000000 bytes', found: '4000040 bytes', loc: 'net.ts:3:7' }));
  });

  it('refuse a tensor beyond the device binding limit', () => {
    expect(() => checkDeviceBinding([{ kind: 'input', declared: [x] }], { bytes: 4e6, device: 'gpu' })).not.toThrow();
    expect(() => checkDeviceBinding([{ kind: 'input', declared: [x] }], { bytes: 4e6 - 1, device: 'gpu' }))
      .toThrow(new LimitError("input 'x' (f32[1000,1000]) takes 4.0 MB on the device; gpu binds at most 4.0 MB per buffer", { expected: 'at most 3999999 bytes', found: '4000000 bytes', loc: 'net.ts:3:7' }));
  });
});
