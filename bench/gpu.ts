// `npm run bench:gpu`: the blocks' forward at the spec's realistic shapes (ResNet-50 stages res2–res5,
// T = 8/16/32, batch 8, f32) on one NVIDIA GPU: tempofuse's CUDA kernels, PyTorch eager (the oracle's
// modules, written from the official code) and torch.compile of the same, each with CUDA graphs off and
// on, L2 flushed before each PyTorch forward, every time also as a fraction of the measured copy
// bandwidth; and tempofuse's WGSL through Dawn where Dawn finds a GPU Vulkan device. Sized to finish in
// under 8 minutes on one H100: torch.compile runs for one config per block unless --compile-all.
//
// `--dry` runs the PyTorch eager parts on the CPU at tiny shapes, checks them (and whatever else runs)
// against the float64 reference interpreter, and writes the same results file: CI exercises the suite's
// plumbing without a GPU. Parts that cannot run say why (no CUDA device, no torch.compile, ...).
//
//   tsx bench/gpu.ts [--dry] [--out bench/results] [--compile-all] [--repeats 20]
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildArtifact } from '../codegen/artifact.ts';
import { writeArtifact } from '../artifact/write.ts';
import { compileGraph } from '../codegen/compile.ts';
import { webgpuFusion } from '../driver/open-graph.ts';
import { printProgramWgsl } from '../codegen/wgsl/program.ts';
import { GraphBuilder } from '../ir/builder.ts';
import type { Graph } from '../ir/graph.ts';
import { numel } from '../ir/tensor.ts';
import { dtf } from '../nn/dtf.ts';
import { tam } from '../nn/tam.ts';
import { loadSafetensors } from '../io/safetensors.ts';
import { checkOutputs, loadCase, prepareGraph, type Check, type CaseData } from './data.ts';
import { describeMachine } from './machine.ts';
import { gpuMarkdown, type GpuConfigResult, type GpuReport, type Part } from './gpu-report.ts';

const BENCH = dirname(fileURLToPath(import.meta.url));
const STAGES = [{ stage: 'res2', C: 64, S: 56 }, { stage: 'res3', C: 128, S: 28 }, { stage: 'res4', C: 256, S: 14 }, { stage: 'res5', C: 512, S: 7 }];
const TS = [8, 16, 32];
const BATCH = 8;
const TOL = 1e-4;

export interface GpuConfig { id: string; block: 'tam' | 'dtf'; cfg: Record<string, number>; title: string; build(): Graph }

function tamConfig(stage: string, N: number, C: number, T: number, S: number): GpuConfig {
  return {
    id: `tam-${stage}-T${T}`, block: 'tam', cfg: { channels: C, segments: T }, title: `TAM x (${N * T},${C},${S},${S}), T=${T}`,
    build() {
      const b = new GraphBuilder(`tam_${stage}_T${T}`);
      b.output('y', tam(b, b.input('x', 'f32', [N * T, C, S, S]), { channels: C, segments: T, training: false }).y);
      return b.build();
    },
  };
}

function dtfConfig(stage: string, N: number, C: number, T: number, S: number): GpuConfig {
  return {
    id: `dtf-${stage}-T${T}`, block: 'dtf', cfg: { channels: C, clipLen: T }, title: `DTF x (${N},${C},${T},${S},${S})`,
    build() {
      const b = new GraphBuilder(`dtf_${stage}_T${T}`);
      b.output('y', dtf(b, b.input('x', 'f32', [N, C, T, S, S]), { channels: C, clipLen: T, training: false }).y);
      return b.build();
    },
  };
}

export function gpuConfigs(dry: boolean): GpuConfig[] {
  if (dry) return [tamConfig('tiny', 2, 8, 4, 6), dtfConfig('tiny', 1, 16, 4, 6)];
  return STAGES.flatMap(({ stage, C, S }) => TS.flatMap((T) => [tamConfig(stage, BATCH, C, T, S), dtfConfig(stage, BATCH, C, T, S)]));
}

/** The configs torch.compile runs for within the time budget: res3 at T = 16, one per block. */
const COMPILED_BY_DEFAULT = ['tam-res3-T16', 'dtf-res3-T16'];

function run(cmd: string, args: readonly string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'inherit', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The checked output of a system: against the float64 reference (dry mode) or PyTorch eager's output. */
async function checkAgainst(data: CaseData, dir: string, got: ReadonlyMap<string, ArrayLike<number>>): Promise<Check> {
  if (data.meta.reference) return checkOutputs(data, got, TOL);
  const eager = (await loadSafetensors(join(dir, 'eager.safetensors'))).tensors.get('y')!;
  return checkOutputs({ ...data, expected: new Map([['y', Float64Array.from(eager.data)]]) }, got, TOL);
}

type Opened = { device: string; run(data: CaseData): Promise<Map<string, ArrayLike<number>>>; time(data: CaseData, repeats: number): Promise<{ ms: number; gpuMs?: number }>; destroy(): Promise<void> };

/** tempofuse on CUDA: loads the CUDA runtime only when a device exists; otherwise the reason. */
async function openCuda(): Promise<string | ((g: Graph) => Promise<Opened>)> {
  const { addonBuilt, BUILD_HINT } = await import('../runtime/cuda/addon.ts');
  if (!addonBuilt()) return `the CUDA runtime addon is not built (${BUILD_HINT})`;
  const { listCudaDevices } = await import('../runtime/cuda/device.ts');
  const devices = await listCudaDevices().catch((e: Error) => e);
  if (devices instanceof Error) return `no CUDA device: ${devices.message}`;
  if (!devices.length) return 'no CUDA device (the driver reports none)';
  const { CudaExecutor } = await import('../runtime/cuda/executor.ts');
  const { cudaKernelPrinter } = await import('../codegen/cuda/printer.ts');
  const { compileCuda } = await import('../codegen/cuda/nvcc.ts');
  return async (g) => {
    const dir = await mkdtemp(join(tmpdir(), 'tempofuse-bench-cuda-'));
    const artifact = buildArtifact(compileGraph(g), 'cuda', cudaKernelPrinter);
    await writeArtifact(dir, artifact);
    // cubin for this device only (nvcc per config is the slow part of the suite's setup)
    await compileCuda(artifact.sources, { out: dir, archs: [devices[0].arch], kinds: ['cubin'] });
    const exec = await CudaExecutor.load(dir);
    return {
      device: `cuda: ${exec.device.info.name}`,
      run: async (d) => new Map([...(await exec.run(d.inputs, d.params))].map(([k, t]) => [k, t.data] as const)),
      time: async (d, repeats) => { const t = await exec.timeRun(d.inputs, d.params, { repeats, warmup: 3 }); return { ms: t.wallMs.median, gpuMs: t.gpuMs?.median }; },
      destroy: async () => { await exec.destroy(); await rm(dir, { recursive: true, force: true }); },
    };
  };
}

/** tempofuse's WGSL through Dawn, only on a GPU adapter (SwiftShader would time the CPU). */
async function openWgsl(): Promise<string | ((g: Graph) => Promise<Opened>)> {
  const { WebGpuExecutor } = await import('../runtime/webgpu/executor.ts');
  const probe = await WebGpuExecutor.create().catch((e: Error) => e);
  if (probe instanceof Error) return `no WebGPU adapter: ${probe.message}`;
  const fallback = probe.gpu.summary.fallback;
  const what = probe.describe();
  probe.destroy();
  if (fallback) return `Dawn found no GPU Vulkan device (only ${what})`;
  return async (g) => {
    const exec = await WebGpuExecutor.create();
    const loaded = await exec.load(compileGraph(g, webgpuFusion(exec)), { modules: printProgramWgsl });
    return {
      device: `webgpu: ${exec.describe()}`,
      run: async (d) => new Map([...(await loaded.run(d.inputs, d.params))].map(([k, t]) => [k, t.data] as const)),
      time: async (d, repeats) => { const t = await loaded.timeRun(d.inputs, d.params, { repeats, warmup: 3 }); return { ms: t.wallMs.median, gpuMs: t.gpuMs?.median }; },
      destroy: async () => { loaded.destroy(); exec.destroy(); },
    };
  };
}

async function ourPart(open: string | ((g: Graph) => Promise<Opened>), c: GpuConfig, data: CaseData, dir: string, repeats: number): Promise<Part> {
  if (typeof open === 'string') return { skipped: open };
  let o: Opened | undefined;
  try {
    o = await open(c.build());
    const check = await checkAgainst(data, dir, await o.run(data));
    if (!check.pass) return { check, skipped: 'output check failed: not timed' };
    return { check, ...(await o.time(data, repeats)) };
  } catch (e) {
    return { skipped: `failed: ${(e as Error).message.split('\n')[0].slice(0, 300)}` };
  } finally {
    await o?.destroy();
  }
}

async function main(): Promise<void> {
  const { values: o } = parseArgs({ options: {
    dry: { type: 'boolean', default: false }, out: { type: 'string', default: join(BENCH, 'results') },
    'compile-all': { type: 'boolean', default: false }, repeats: { type: 'string', default: '20' },
  } });
  const dry = o.dry!, repeats = Number(o.repeats);
  const started = performance.now();
  const configs = gpuConfigs(dry);
  const work = await mkdtemp(join(tmpdir(), 'tempofuse-bench-gpu-'));
  try {
    const metas = new Map<string, CaseData>();
    for (const c of configs) {
      await prepareGraph(c.build(), c.id, join(work, c.id), { reference: dry });
      metas.set(c.id, await loadCase(join(work, c.id)));
    }
    const cuda = await openCuda();
    const wgsl = await openWgsl();
    const device = dry ? 'cpu' : typeof cuda === 'string' ? undefined : 'cuda';
    if (!device) throw new Error(`bench:gpu needs a CUDA device (or --dry for the CPU dry run): ${cuda}`);

    const job = {
      device, repeats: dry ? 3 : repeats, out: join(work, 'torch.json'),
      compile: o['compile-all'] ? configs.map((c) => c.id) : COMPILED_BY_DEFAULT,
      configs: configs.map((c) => ({ id: c.id, block: c.block, cfg: c.cfg, dir: join(work, c.id) })),
    };
    await writeFile(join(work, 'job.json'), JSON.stringify(job));
    const py = await run('/usr/bin/python3', [join(BENCH, 'gpu_torch.py'), join(work, 'job.json')]);
    if (py.code !== 0) throw new Error(`the PyTorch part failed (exit ${py.code}):\n${py.stderr.slice(-2000)}`);
    const torch = JSON.parse(await readFile(job.out, 'utf8')) as { torch: string; device: string; copy: { gbPerS: number; bytes: number }; configs: Record<string, Record<string, Part>> };

    const results: GpuConfigResult[] = [];
    for (const c of configs) {
      const data = metas.get(c.id)!;
      const dir = join(work, c.id);
      const eagerY = (await loadSafetensors(join(dir, 'eager.safetensors'))).tensors.get('y')!;
      const eagerCheck = data.meta.reference ? checkOutputs(data, new Map([['y', eagerY.data]]), TOL) : undefined;
      const t = torch.configs[c.id];
      const bytes = [...data.meta.inputs, ...data.meta.outputs].reduce((n, i) => n + numel(i.shape) * 4, 0);
      results.push({
        id: c.id, title: c.title, idealBytes: bytes,
        parts: {
          tempofuseCuda: await ourPart(cuda, c, data, dir, repeats),
          tempofuseWgsl: await ourPart(wgsl, c, data, dir, repeats),
          eager: { ...t.eager, check: eagerCheck }, eagerGraph: t.eagerGraph, compiled: t.compiled, compiledGraph: t.compiledGraph,
        },
      });
      process.stderr.write(`${c.id}: done (${((performance.now() - started) / 1000).toFixed(0)} s)\n`);
    }
    const report: GpuReport = {
      date: new Date().toISOString(), dry, machine: describeMachine(torch.device),
      torch: torch.torch, torchDevice: torch.device, copyGbPerS: torch.copy.gbPerS, copyBytes: torch.copy.bytes,
      reference: dry ? 'float64 reference interpreter' : 'PyTorch eager (f32, same device)', tol: TOL,
      seconds: (performance.now() - started) / 1000, configs: results,
    };
    await mkdir(o.out!, { recursive: true });
    const stem = dry ? 'gpu-dry' : 'gpu';
    await writeFile(join(o.out!, `${report.date.slice(0, 10)}-${stem}.json`), `${JSON.stringify(report, null, 1)}\n`);
    await writeFile(join(o.out!, `latest-${stem}.md`), `${gpuMarkdown(report)}\n`);
    process.stderr.write(`wrote ${join(o.out!, `${report.date.slice(0, 10)}-${stem}.json`)} (${report.seconds.toFixed(0)} s)\n`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:gpu: ${(e as Error).stack ?? e}\n`);
  process.exit(1);
});
