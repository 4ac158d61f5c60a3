// Compiled CUDA artifacts run on a CUDA GPU, against the reference interpreter: every op case with a lowering
// (cubin for the device, built by nvcc here), the same with cooperative reductions, PTX loaded through the
// driver's JIT, an example network, traps, timing with CUDA events, and synchronisation that leaves the event
// loop free. Only where a CUDA device exists: elsewhere (CI) the suite reports one skipped test that says why,
// and prints the reason.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtifact } from '../../codegen/artifact.ts';
import { writeArtifact } from '../../artifact/write.ts';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { compileCuda, findNvcc, nvccFlags, runNvcc, runPool } from '../../codegen/cuda/nvcc.ts';
import { cudaKernelPrinter } from '../../codegen/cuda/printer.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { ExecutionError } from '../../ir/errors.ts';
import { loweringOf } from '../../codegen/lower/index.ts';
import { Tensor } from '../../ir/tensor.ts';
import { CudaDevice, CudaExecutor } from '../../runtime/cuda/index.ts';
import { initParams, randomInputs } from '../../runtime/init.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { runReference } from '../../runtime/reference/interpreter.ts';
import { ALL_CASES } from '../cases/index.ts';
import { caseGraph, caseId, caseInputs, type OpCase } from '../helpers/cases.ts';
import { compareTensors } from '../helpers/compare.ts';
import { probeCuda } from '../helpers/cuda-probe.ts';

/** As the WebGPU suite: f32 kernels against the float64 reference, a few ulps of the output's scale. */
const KERNEL_TOL = 2e-6;

const found = await probeCuda();

if (!found.ok) {
  console.log(`cuda-exec: SKIPPED: ${found.reason}`);
  describe('CUDA execution', () => {
    it.skip(`runs compiled artifacts on a CUDA GPU (skipped: ${found.reason})`, () => {});
  });
} else {
  const info = found.devices[0];
  const arch = info.computeCapability[0] * 10 + info.computeCapability[1];
  console.log(`cuda-exec: running on ${info.name} (${info.arch}, ${(info.totalMemory / 2 ** 30).toFixed(0)} GiB)`);
  const LOWERED = ALL_CASES.filter((c) => loweringOf(c.op));

  let tmp: string;
  let device: CudaDevice;
  /** Artifact folder of each compiled program, by key. */
  const dirs = new Map<string, string>();
  const pending = new Map<string, Program>();
  const add = (key: string, program: Program) => pending.set(key, program);

  for (const c of LOWERED) add(`case:${caseId(c)}`, compileGraph(caseGraph(c)));
  const grouped = LOWERED.map((c) => [c, compileGraph(caseGraph(c), { groupReduceMin: 2 })] as const)
    .filter(([, p]) => p.kernels.some((k) => k.mapping.kind === 'group'));
  for (const [c, p] of grouped) add(`group:${caseId(c)}`, p);

  /** Write each program as an artifact (specialised, as `compile` writes them) and compile its kernels with
   *  nvcc (cubin for this GPU, or PTX for compute_80), several artifacts at once. `precise` (the default here)
   *  rounds as the reference does, for the tight tolerance of single ops. */
  async function compileAll(kinds: ('cubin' | 'ptx')[], programs: Map<string, Program>, precise = true): Promise<void> {
    const target = kinds.includes('ptx') ? Math.min(arch, 80) : arch;
    await runPool([...programs].map(([key, program]) => async () => {
      const dir = join(tmp, `a${dirs.size}`);
      dirs.set(key, dir);
      const artifact = buildArtifact(program, 'cuda', cudaKernelPrinter, { specialized: true, precise });
      await writeArtifact(dir, artifact);
      await compileCuda(artifact.sources, { out: dir, archs: [target], kinds, precise });
    }), availableParallelism());
  }

  beforeAll(async () => {
    tmp = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-exec-'));
    device = await CudaDevice.open();
    findNvcc(); // a clear error when the GPU machine lacks nvcc
    const t0 = performance.now();
    await compileAll(['cubin'], pending);
    console.log(`cuda-exec: compiled the kernels of ${pending.size} programs with nvcc in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }, 600_000);

  afterAll(async () => {
    device?.destroy();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  async function check(c: OpCase, key: string): Promise<void> {
    const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as [string, Tensor]));
    const ref = runReference(caseGraph(c), inputs, new Map()).outputs.get('y')!;
    const exec = await CudaExecutor.load(dirs.get(key)!, { device, nvrtc: false });
    try {
      expect([...exec.kernelImages.values()].every((i) => i.kind === 'cubin')).toBe(true);
      const got = (await exec.run(inputs, new Map())).get('y')!;
      const d = compareTensors(got, ref, Math.max(c.tol ?? 0, KERNEL_TOL));
      expect(d.ok, `${caseId(c)}: ${d.message}`).toBe(true);
    } finally {
      await exec.destroy();
    }
  }

  describe('op cases on CUDA vs the reference interpreter', () => {
    it('has lowered cases to run', () => expect(LOWERED.length).toBeGreaterThan(0));
    for (const c of LOWERED) it(caseId(c), () => check(c, `case:${caseId(c)}`));
  });

  describe('op cases with cooperative reductions (one block per output element)', () => {
    it('some cases reduce cooperatively', () => expect(grouped.length).toBeGreaterThan(0));
    for (const [c] of grouped) it(caseId(c), () => check(c, `group:${caseId(c)}`));
  });

  describe('the runtime beyond single ops', () => {
    it('loads PTX through the driver JIT when there is no cubin', async () => {
      const c = LOWERED.find((cc) => cc.op === 'matmul') ?? LOWERED[0];
      await compileAll(['ptx'], new Map([[`ptx:${caseId(c)}`, compileGraph(caseGraph(c))]]));
      const exec = await CudaExecutor.load(dirs.get(`ptx:${caseId(c)}`)!, { device, nvrtc: false });
      try {
        expect([...exec.kernelImages.values()].map((i) => i.kind)).toContain('ptx');
        const inputs = new Map(caseInputs(c).map((t, i) => [`x${i}`, t] as [string, Tensor]));
        const d = compareTensors((await exec.run(inputs)).get('y')!, runReference(caseGraph(c), inputs, new Map()).outputs.get('y')!, Math.max(c.tol ?? 0, KERNEL_TOL));
        expect(d.ok, d.message).toBe(true);
      } finally {
        await exec.destroy();
      }
    });

    it('an index out of range in gather traps: ExecutionError names the kernel and its nodes', async () => {
      const b = new GraphBuilder('gather-trap');
      b.output('y', b.gather(b.input('x', 'f32', [3, 4]), b.input('i', 'i32', [3, 2]), { axis: 1 }));
      const g = b.build();
      await compileAll(['cubin'], new Map([['trap', compileGraph(g)]]));
      const exec = await CudaExecutor.load(dirs.get('trap')!, { device });
      try {
        const x = Tensor.from('f32', [3, 4], Array.from({ length: 12 }, (_, i) => i));
        const good = new Map([['x', x], ['i', Tensor.from('i32', [3, 2], [0, 3, 1, 2, 3, 0])]]);
        expect([...(await exec.run(good)).get('y')!.data]).toEqual([...runReference(g, good, new Map()).outputs.get('y')!.data]);
        const bad = new Map([['x', x], ['i', Tensor.from('i32', [3, 2], [0, 4, 1, 2, 3, 0])]]);
        await expect(exec.run(bad)).rejects.toThrow(ExecutionError);
        await expect(exec.run(bad)).rejects.toThrow(/kernel k0_gather \(launch 0: %\d+ gather\) reported an index out of range/);
        await expect(exec.run(good)).resolves.toBeInstanceOf(Map);
      } finally {
        await exec.destroy();
      }
    });

    it('runs the example network like the reference interpreter, reads back every value, and times it', async () => {
      const g = await loadNetwork(fileURLToPath(new URL('../../examples/tiny_video_net.ts', import.meta.url)));
      await compileAll(['cubin'], new Map([['example', compileGraph(g)]]), false); // fast arithmetic, as shipped
      const exec = await CudaExecutor.load(dirs.get('example')!, { device });
      try {
        const inputs = randomInputs(g, 1);
        const params = initParams(g, 1);
        const ref = runReference(g, inputs, params).outputs;
        const got = await exec.run(inputs, params);
        for (const [name, t] of ref) {
          const d = compareTensors(got.get(name)!, t, 1e-4);
          expect(d.ok, `${name}: ${d.message}`).toBe(true);
        }
        const all = await exec.runKernels(inputs, params);
        expect(all.values.size).toBe(exec.manifest.values.length);
        const timing = await exec.timeRun(inputs, params, { repeats: 5, warmup: 2 });
        expect(timing.source).toBe('cuda-events');
        expect(timing.gpuMs!.min).toBeGreaterThan(0);
        expect(timing.launches?.length).toBe(exec.manifest.launches.length);
        console.log(`cuda-exec: example network: ${exec.manifest.launches.length} launches, GPU median ${timing.gpuMs!.median.toFixed(3)} ms, wall median ${timing.wallMs.median.toFixed(3)} ms`);
      } finally {
        await exec.destroy();
      }
    });

    it('synchronize waits on a worker thread: timers fire while a kernel runs', async () => {
      const src = join(tmp, 'spin.cu');
      await writeFile(src, 'extern "C" __global__ void spin(long long cycles) { long long t = clock64(); while (clock64() - t < cycles) {} }\n');
      const r = await runNvcc(findNvcc(), ['-cubin', `-arch=sm_${arch}`, ...nvccFlags(), '-o', join(tmp, 'spin.cubin'), src]);
      expect(r.code, r.output).toBe(0);
      const spin = device.loadModule(new Uint8Array(await readFile(join(tmp, 'spin.cubin'))), 'spin.cubin').function('spin');
      const cycles = BigInt(Math.round(0.3 * info.clockKHz * 1000)); // ~0.3 s at the nominal clock
      const args = [new BigInt64Array([cycles])];
      let ticks = 0;
      const timer = setInterval(() => { ticks++; }, 5);
      const { ms } = await device.time(() => device.launch(spin, { grid: [1, 1, 1], block: [1, 1, 1], args }));
      clearInterval(timer);
      expect(ms).toBeGreaterThan(50);
      expect(ticks).toBeGreaterThan(3);
    });

    it('lists the artifacts it compiled (sanity)', async () => {
      const some = dirs.get(`case:${caseId(LOWERED[0])}`)!;
      expect((await readdir(join(some, 'kernels'))).some((f) => f.endsWith(`.sm_${arch}.cubin`))).toBe(true);
    });
  });
}
