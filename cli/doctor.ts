// `tempofuse doctor`: which targets this machine can run, and for each one that it cannot, why and what to
// install. reference: always. webgpu: a WebGPU adapter through Dawn (npm `webgpu`), a GPU's or SwiftShader's
// (the CPU fallback). cuda: the runtime addon built, the driver (libcuda.so.1) loadable, devices; plus the
// tools that compile for CUDA (nvcc, ahead of time) and NVRTC (optional, at run time).
// Exit code 0 whatever is missing, unless `--require <target>` names a target that is not available.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import type { Command } from 'commander';
import { TargetError } from '../ir/errors.ts';
import { print } from './common.ts';

export const DOCTOR_TARGETS = ['reference', 'webgpu', 'cuda'] as const;
export type DoctorTarget = (typeof DOCTOR_TARGETS)[number];

export interface TargetReport {
  readonly target: DoctorTarget;
  readonly available: boolean;
  /** One line: what runs it, or why it cannot run. */
  readonly summary: string;
  /** Further lines: details and what to install. */
  readonly details: readonly string[];
}

const SWIFTSHADER_HINT = 'SwiftShader (WebGPU on the CPU): `bash scripts/setup.sh` installs libvulkan1 + chromium-common; '
  + 'then VK_ICD_FILENAMES=/usr/lib/chromium/vk_swiftshader_icd.json (tempofuse sets it when that file exists)';

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} did not answer in ${ms / 1000} s`)), ms); });
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

export async function checkWebgpu(): Promise<TargetReport> {
  const details: string[] = [];
  try {
    const { getGpu } = await import('../runtime/webgpu/device.ts');
    const gpu = await withTimeout(getGpu(), 30_000, 'loading Dawn');
    const icd = process.env.VK_ICD_FILENAMES ?? process.env.VK_DRIVER_FILES ?? process.env.VK_ADD_DRIVER_FILES;
    if (icd) details.push(`Vulkan drivers: ${icd}`);
    let adapter = await withTimeout(gpu.requestAdapter({ powerPreference: 'high-performance' }), 30_000, 'requestAdapter');
    adapter ??= await withTimeout(gpu.requestAdapter({ forceFallbackAdapter: true }), 30_000, 'requestAdapter (fallback)');
    if (!adapter) {
      return { target: 'webgpu', available: false, summary: 'no WebGPU adapter: no GPU with a Vulkan driver, and no SwiftShader', details: [...details, `install ${SWIFTSHADER_HINT}`] };
    }
    const info = adapter.info ?? ({} as GPUAdapterInfo);
    const text = [info.vendor, info.architecture, info.description].filter(Boolean).join(' / ') || 'unnamed adapter';
    const swiftshader = /swiftshader/i.test(text) || Boolean((info as { isFallbackAdapter?: boolean }).isFallbackAdapter);
    const f16 = adapter.features.has('shader-f16') ? 'shader-f16' : 'no shader-f16 (f16 is stored as f32)';
    details.push(`features: ${f16}${adapter.features.has('timestamp-query') ? ', timestamp-query' : ''}`);
    details.push(`limits: ${adapter.limits.maxStorageBufferBindingSize / 2 ** 20} MiB per binding, ${adapter.limits.maxComputeWorkgroupStorageSize / 1024} KiB workgroup memory, ${adapter.limits.maxComputeInvocationsPerWorkgroup} invocations per workgroup`);
    if (swiftshader) details.push('SwiftShader runs on the CPU: right for correctness tests, slow for anything else');
    return { target: 'webgpu', available: true, summary: `adapter: ${text}${swiftshader ? ' (SwiftShader, CPU)' : ''}`, details };
  } catch (e) {
    return { target: 'webgpu', available: false, summary: `WebGPU did not start: ${(e as Error).message}`, details: [...details, `the npm package 'webgpu' (Dawn) must load; for a CPU adapter install ${SWIFTSHADER_HINT}`] };
  }
}

/** An executable on PATH (or at one of `extra`), or undefined. */
function which(name: string, extra: readonly string[] = []): string | undefined {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean).map((d) => join(d, name));
  for (const p of [...dirs, ...extra]) {
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch { /* next */ }
  }
  return undefined;
}

export function nvccVersion(): { path: string; release?: string } | undefined {
  const extra = [process.env.CUDA_HOME, process.env.CUDA_PATH, '/usr/local/cuda'].filter((d): d is string => !!d).map((d) => join(d, 'bin', 'nvcc'));
  const path = which('nvcc', extra);
  if (!path) return undefined;
  try {
    const out = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] });
    return { path, release: /release ([\d.]+)/.exec(out)?.[1] };
  } catch {
    return { path };
  }
}

const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
const cudaVersion = (v: number) => `${Math.floor(v / 1000)}.${(v % 1000) / 10}`;

export async function checkCuda(): Promise<TargetReport> {
  const details: string[] = [];
  const nvcc = nvccVersion();
  const nvccLine = nvcc
    ? `nvcc: ${nvcc.path}${nvcc.release ? ` (CUDA ${nvcc.release})` : ''}, for \`compile --target cuda\` (PTX/cubin)`
    : 'nvcc: not found; `compile --target cuda` needs it to turn the .cu kernels into PTX/cubin (install the CUDA toolkit)';
  let status;
  try {
    const { cudaStatus } = await import('../runtime/cuda/index.ts');
    status = await cudaStatus();
  } catch (e) {
    return { target: 'cuda', available: false, summary: `the CUDA runtime did not load: ${(e as Error).message}`, details: [nvccLine] };
  }
  if (!status.addon.built) {
    return {
      target: 'cuda', available: false, summary: 'the CUDA runtime addon is not built',
      details: [`build it: npm run build:cuda (node-gyp, offline; needs g++, make, python3 and Node headers; no CUDA toolkit or GPU) -> ${status.addon.path}`, nvccLine],
    };
  }
  details.push(`addon: ${status.addon.path}${status.addon.upToDate ? '' : ' (older than its sources: run `npm run build:cuda`)'}`);
  if (status.addon.error) return { target: 'cuda', available: false, summary: status.addon.error, details: [...details, nvccLine] };
  const drv = status.driver!;
  if (drv.loaded) details.push(`driver: ${drv.library}, CUDA ${cudaVersion(drv.driverVersion!)}, ${drv.entryPoints.length} entry points through ${drv.getProcAddress}`);
  else details.push(`driver: ${drv.error}`);
  for (const d of status.devices ?? []) {
    details.push(`device ${d.ordinal}: ${d.name}, ${d.arch} (compute ${d.computeCapability.join('.')}), ${gib(d.totalMemory)}, ${d.multiprocessors} SMs`);
  }
  details.push(nvccLine);
  const n = status.nvrtc;
  details.push(n?.loaded
    ? `nvrtc: ${n.path} (${n.version!.join('.')}): kernels without PTX/cubin can be compiled at run time`
    : 'nvrtc: not found (optional: compiles kernels at run time when an artifact lacks PTX/cubin; set TEMPOFUSE_NVRTC to libnvrtc.so)');
  if (!status.available) {
    return { target: 'cuda', available: false, summary: status.devicesError ?? drv.error ?? 'no CUDA device', details };
  }
  const devs = status.devices!;
  return { target: 'cuda', available: true, summary: `${devs.length} device(s): ${devs.map((d) => `${d.name} (${d.arch})`).join(', ')}`, details };
}

export async function doctor(targets: readonly DoctorTarget[] = DOCTOR_TARGETS): Promise<TargetReport[]> {
  const out: TargetReport[] = [];
  for (const t of targets) {
    if (t === 'reference') out.push({ target: 'reference', available: true, summary: 'the float64 interpreter on the CPU (always available)', details: [] });
    else if (t === 'webgpu') out.push(await checkWebgpu());
    else out.push(await checkCuda());
  }
  return out;
}

export function formatReport(reports: readonly TargetReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    lines.push(`${r.target.padEnd(10)} ${r.available ? 'available    ' : 'not available'}  ${r.summary}`);
    for (const d of r.details) lines.push(`${' '.repeat(27)}${d}`);
  }
  return lines.join('\n');
}

interface DoctorOptions { require?: string[]; json?: boolean }

export function register(program: Command): void {
  program.command('doctor')
    .description('say which targets (reference, webgpu, cuda) this machine can run, and why not')
    .option('--require <target>', 'exit with code 1 unless this target is available (repeatable)', (v: string, acc: string[] = []) => [...acc, v])
    .option('--json', 'print the report as JSON')
    .action(async (opts: DoctorOptions) => {
      const required = opts.require ?? [];
      for (const r of required) {
        if (!(DOCTOR_TARGETS as readonly string[]).includes(r)) {
          throw new TargetError(`unknown target '${r}'`, { expected: `one of ${DOCTOR_TARGETS.join(', ')}`, found: r });
        }
      }
      const reports = await doctor();
      print(opts.json ? JSON.stringify(reports, null, 2) : formatReport(reports));
      const missing = reports.filter((r) => required.includes(r.target) && !r.available);
      if (missing.length) {
        throw new TargetError(`required target(s) not available: ${missing.map((r) => `${r.target} (${r.summary})`).join('; ')}`);
      }
    });
}
