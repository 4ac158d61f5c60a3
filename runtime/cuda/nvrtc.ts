// NVRTC, optional: compiling CUDA C++ to PTX or cubin at run time, where libnvrtc is installed (GPU
// machines have it inside the PyTorch environment, as a pip wheel under site-packages/nvidia/). tempofuse's
// normal path is ahead of time (nvcc -> PTX/cubin in the artifact); the executor uses NVRTC only for
// kernels an artifact has no usable PTX or cubin for.
//
// Where it is looked for, in order: $TEMPOFUSE_NVRTC (a file), the loader's search (libnvrtc.so,
// libnvrtc.so.13, libnvrtc.so.12), $CUDA_HOME / $CUDA_PATH / /usr/local/cuda lib64, and the Python
// site-packages of `python3` (nvidia/*/lib, torch/lib).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadAddon, type NvrtcLoadInfo } from './addon.ts';
import { nativeAsync } from './errors.ts';
import { TargetError } from '../../ir/errors.ts';

const NAMES = ['libnvrtc.so', 'libnvrtc.so.13', 'libnvrtc.so.12'];

let sitePackages: string[] | undefined;

/** Python site-packages folders of `python3` on PATH (none when there is no python3). */
export function pythonSitePackages(): string[] {
  if (sitePackages) return sitePackages;
  try {
    const out = execFileSync('python3', ['-c', 'import site,sys; print("\\n".join(site.getsitepackages() + [site.getusersitepackages()] + sys.path))'], {
      encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'],
    });
    sitePackages = [...new Set(out.split('\n').map((l) => l.trim()).filter((l) => /(site|dist)-packages$/.test(l) && existsSync(l)))];
  } catch {
    sitePackages = [];
  }
  return sitePackages;
}

function libsIn(dir: string, prefix: string): string[] {
  try {
    return readdirSync(dir).filter((f) => f.startsWith(prefix) && /\.so(\.\d+)*$/.test(f) && !f.includes('builtins')).sort().reverse().map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Every place NVRTC may be, in the order tried. */
export function nvrtcCandidates(): string[] {
  const out: string[] = [];
  if (process.env.TEMPOFUSE_NVRTC) out.push(process.env.TEMPOFUSE_NVRTC);
  out.push(...NAMES);
  for (const root of [process.env.CUDA_HOME, process.env.CUDA_PATH, '/usr/local/cuda']) {
    if (root) out.push(...libsIn(join(root, 'lib64'), 'libnvrtc'), ...libsIn(join(root, 'lib'), 'libnvrtc'));
  }
  for (const sp of pythonSitePackages()) {
    const nvidia = join(sp, 'nvidia');
    let subs: string[] = [];
    try { subs = readdirSync(nvidia); } catch { /* no nvidia wheels */ }
    for (const s of subs) out.push(...libsIn(join(nvidia, s, 'lib'), 'libnvrtc'));
    out.push(...libsIn(join(sp, 'torch', 'lib'), 'libnvrtc'));
  }
  return [...new Set(out)];
}

/** Include folders holding cuda_fp16.h, for NVRTC builds that lack it as a builtin header. */
export function cudaIncludeDirs(): string[] {
  const dirs: string[] = [];
  for (const root of [process.env.CUDA_HOME, process.env.CUDA_PATH, '/usr/local/cuda']) if (root) dirs.push(join(root, 'include'));
  for (const sp of pythonSitePackages()) {
    const nvidia = join(sp, 'nvidia');
    let subs: string[] = [];
    try { subs = readdirSync(nvidia); } catch { /* none */ }
    for (const s of subs) dirs.push(join(nvidia, s, 'include'));
  }
  return dirs.filter((d) => existsSync(join(d, 'cuda_fp16.h')));
}

let loaded: NvrtcLoadInfo | undefined;

/** Load NVRTC (once it loads, later calls return at once). Never throws for a missing NVRTC: see `loaded`. */
export function loadNvrtc(): NvrtcLoadInfo {
  if (loaded?.loaded) return loaded;
  loaded = loadAddon().nvrtcLoad(nvrtcCandidates());
  return loaded;
}

export interface NvrtcOptions {
  /** "sm_90" for a cubin, "compute_90" for PTX. */
  readonly arch: string;
  /** More options for nvrtcCompileProgram. */
  readonly options?: readonly string[];
}

/** Compile one CUDA C++ source. Same floating-point options as the ahead-of-time nvcc build (IEEE, no FMA
 *  contraction), so results match the compiled artifact's. Rejects with CudaError (nvrtcCompileProgram and
 *  its log) on a compile error, TargetError when NVRTC is not installed. */
export async function compileWithNvrtc(source: string, name: string, opts: NvrtcOptions): Promise<Uint8Array> {
  const info = loadNvrtc();
  if (!info.loaded) throw new TargetError(`NVRTC is not installed (tried ${nvrtcCandidates().join(', ')}); set TEMPOFUSE_NVRTC to libnvrtc.so`);
  const cubin = opts.arch.startsWith('sm_');
  const options = [`--gpu-architecture=${opts.arch}`, '--fmad=false', '-std=c++17', ...cudaIncludeDirs().map((d) => `-I${d}`), ...(opts.options ?? [])];
  const r = await nativeAsync(`compiling ${name} with NVRTC`, () => loadAddon().nvrtcCompile(source, name, options, cubin));
  return r.code;
}
