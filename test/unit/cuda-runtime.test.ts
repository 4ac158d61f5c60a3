// The CUDA runtime on a machine without a GPU (CI): the addon builds (node-gyp, offline; cached in
// runtime/cuda/native/build/), loads without a driver, and every call reports "no CUDA device" as a typed
// error; nothing native is loaded by importing the runtimes (the WebGPU path never touches the addon).
// Then the addon's whole driver path (cuGetProcAddress resolution with versioned entry points, primary
// context, copies, launches with pointer/params/status arguments, events, error reporting) and the CUDA
// executor (kernel image choice, memory plan, dtype conversions, traps, timing) run against a fake
// libcuda.so.1 built here from runtime/cuda/native/test/fake_libcuda.c, which runs a few named kernels on
// the CPU. Execution on a real GPU is test/device/cuda-exec.test.ts.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUDA_UNIT, type Artifact, type ArtifactKernel, type ArtifactLaunch, type Manifest } from '../../codegen/artifact.ts';
import { writeArtifact } from '../../artifact/write.ts';
import type { StoredValue } from '../../codegen/compile.ts';
import { byteSize, type DType } from '../../ir/dtype.ts';
import { ExecutionError, InputMismatchError, TargetError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { loadAddon, type NativeDriver } from '../../runtime/cuda/addon.ts';
import { ADDON_FILE, BUILD_DIR, buildCudaAddon, NATIVE_DIR } from '../../runtime/cuda/build.ts';
import { fromDeviceData, toDeviceData } from '../../runtime/device-data.ts';
import { CudaDevice, listCudaDevices } from '../../runtime/cuda/device.ts';
import { CudaError, NoCudaDeviceError } from '../../runtime/cuda/errors.ts';
import { chooseImage, CudaExecutor } from '../../runtime/cuda/executor.ts';
import { compileWithNvrtc, cudaStatus } from '../../runtime/cuda/index.ts';
import { doctor, formatReport } from '../../cli/doctor.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FAKE = join(BUILD_DIR, 'test', 'libcuda.so.1');
const MISSING = '/nonexistent/tempofuse/libcuda.so.1';

/** Whether this machine has a CUDA driver of its own (then the "no driver here" checks do not apply). */
const realDriver = (() => {
  try {
    return execFileSync('/sbin/ldconfig', ['-p'], { encoding: 'utf8' }).includes('libcuda.so.1');
  } catch {
    return false;
  }
})();

let buildMs = 0;
beforeAll(async () => {
  const r = await buildCudaAddon();
  buildMs = r.ms;
  console.log(r.built ? `cuda-runtime: built the addon in ${(r.ms / 1000).toFixed(1)} s` : 'cuda-runtime: the addon was up to date');
  mkdirSync(join(BUILD_DIR, 'test'), { recursive: true });
  const src = join(NATIVE_DIR, 'test', 'fake_libcuda.c');
  if (!existsSync(FAKE) || statSync(FAKE).mtimeMs < statSync(src).mtimeMs) {
    execFileSync('cc', ['-shared', '-fPIC', '-O1', '-Wall', '-Werror', '-o', `${FAKE}.tmp`, src]);
    execFileSync('mv', [`${FAKE}.tmp`, FAKE]);
  }
}, 240_000);

/** Run `code` (an ES module that may import the repo's .ts files) in a fresh Node with tsx; its stdout. */
function node(code: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: ROOT, env: { ...process.env, ...env } }, (err, stdout, stderr) => {
      done({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('building and loading the addon', () => {
  it('builds with node-gyp into the git-ignored build folder', () => {
    expect(existsSync(ADDON_FILE)).toBe(true);
    expect(ADDON_FILE.startsWith(BUILD_DIR)).toBe(true);
    const ignored = execFileSync('git', ['check-ignore', '-q', ADDON_FILE], { cwd: ROOT, stdio: 'ignore' });
    expect(ignored).toBeDefined();
    expect(buildMs).toBeLessThan(120_000);
    const addon = loadAddon();
    expect(addon.abiVersion).toBe(1);
    expect(typeof addon.Driver).toBe('function');
  });

  it('links no CUDA library and takes only cuGetProcAddress with dlsym', () => {
    const needed = execFileSync('readelf', ['-d', ADDON_FILE], { encoding: 'utf8' });
    expect(needed).not.toMatch(/libcuda|libnvrtc|libcudart/);
    const undefinedSyms = execFileSync('nm', ['-D', '--undefined-only', ADDON_FILE], { encoding: 'utf8' });
    expect(undefinedSyms).not.toMatch(/\bcu[A-Z]\w+/);
    const strings = execFileSync('strings', [ADDON_FILE], { encoding: 'utf8' });
    expect(strings).toContain('cuGetProcAddress_v2');
  });

  it('importing the runtimes (CUDA included) loads no native code; without the addon, CUDA says how to build it', async () => {
    const r = await node(`
      import { readFileSync, readdirSync } from 'node:fs';
      const mods = ['./runtime/cuda/index.ts', './runtime/cuda/executor.ts', './cli/doctor.ts', './cli/run.ts',
        ...readdirSync('runtime/webgpu').filter((f) => f.endsWith('.ts')).map((f) => './runtime/webgpu/' + f)];
      for (const m of mods) await import(m);
      const maps = readFileSync('/proc/self/maps', 'utf8');
      const { CudaDevice } = await import('./runtime/cuda/index.ts');
      let err;
      try { await CudaDevice.open(); } catch (e) { err = e; }
      console.log(JSON.stringify({ loaded: maps.includes('tempofuse_cuda.node') || maps.includes('libcuda'), name: err?.name, message: err?.message }));
    `, { TEMPOFUSE_CUDA_ADDON: '/nonexistent/tempofuse_cuda.node' });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout.trim().split('\n').pop()!);
    expect(out.loaded).toBe(false);
    expect(out.name).toBe('TargetError');
    expect(out.message).toMatch(/CUDA runtime addon is not built.*npm run build:cuda/);
  });
});

describe('no CUDA driver', () => {
  it('loads the addon without a driver; every call of a Driver throws the typed no-device error', async () => {
    const d: NativeDriver = new (loadAddon().Driver)(MISSING);
    const info = d.info();
    expect(info).toMatchObject({ library: MISSING, loaded: false, driverVersion: null, entryPoints: [] });
    expect(info.error).toMatch(/^no CUDA device: \/nonexistent\/tempofuse\/libcuda\.so\.1 not found \(.*No such file/);
    const calls: [string, () => unknown][] = [
      ['deviceCount', () => d.deviceCount()], ['deviceInfo', () => d.deviceInfo(0)], ['memInfo', () => d.memInfo(0)],
      ['alloc', () => d.alloc(0, 16)], ['free', () => d.free(1n)], ['memset', () => d.memset(1n, 0, 4)],
      ['upload', () => d.upload(1n, new Uint8Array(4))], ['download', () => d.download(1n, 4)],
      ['loadModule', () => d.loadModule(0, new Uint8Array([1]))], ['unloadModule', () => d.unloadModule(1n)],
      ['getFunction', () => d.getFunction(1n, 'k')], ['functionInfo', () => d.functionInfo(1n)],
      ['launch', () => d.launch(1n, [1, 1, 1], [1, 1, 1], 0, [])], ['synchronize', () => d.synchronize(0)],
      ['eventCreate', () => d.eventCreate(0)], ['eventRecord', () => d.eventRecord(1n)],
      ['eventElapsed', () => d.eventElapsed(1n, 2n)], ['eventDestroy', () => d.eventDestroy(1n)], ['release', () => d.release(0)],
    ];
    for (const [name, call] of calls) {
      let err: (Error & { code?: string }) | undefined;
      try { await call(); } catch (e) { err = e as Error; }
      expect(err?.code, name).toBe('E_NO_CUDA_DEVICE');
      expect(err?.message, name).toBe(info.error);
    }
  });

  it('the JS runtime rejects with NoCudaDeviceError (a TargetError) naming the library', async () => {
    const open = CudaDevice.open({ library: MISSING });
    await expect(open).rejects.toBeInstanceOf(NoCudaDeviceError);
    await expect(open).rejects.toBeInstanceOf(TargetError);
    await expect(listCudaDevices(MISSING)).rejects.toThrow(/no CUDA device: .*libcuda\.so\.1 not found/);
    const dir = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-'));
    try {
      await writeArtifact(dir, fakeArtifact().artifact);
      await expect(CudaExecutor.load(dir, { library: MISSING })).rejects.toBeInstanceOf(NoCudaDeviceError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it.skipIf(realDriver)('on this machine (no libcuda.so.1): the default driver says "libcuda.so.1 not found"; doctor explains', async () => {
    await expect(CudaDevice.open()).rejects.toThrow(/^no CUDA device: libcuda\.so\.1 not found \(/);
    const status = await cudaStatus();
    expect(status.available).toBe(false);
    expect(status.addon.built).toBe(true);
    expect(status.driver?.error).toMatch(/libcuda\.so\.1 not found/);
    const reports = await doctor(['reference', 'cuda']);
    expect(reports.map((r) => [r.target, r.available])).toEqual([['reference', true], ['cuda', false]]);
    const text = formatReport(reports);
    expect(text).toMatch(/cuda +not available +no CUDA device: libcuda\.so\.1 not found/);
    expect(text).toMatch(/nvcc: /);
    expect(text).toMatch(/nvrtc: /);
  });

  it('NVRTC that is not installed is reported, not crashed on', async () => {
    const info = loadAddon().nvrtcLoad(['/nonexistent/libnvrtc.so']);
    if (!info.loaded) {
      expect(info.errors[0]).toMatch(/nonexistent/);
      await expect(loadAddon().nvrtcCompile('', 'x.cu', [], false)).rejects.toThrow(/NVRTC is not loaded/);
    }
    if (!(await cudaStatus()).nvrtc?.loaded) {
      await expect(compileWithNvrtc('extern "C" __global__ void k() {}', 'k.cu', { arch: 'compute_80' })).rejects.toBeInstanceOf(TargetError);
    }
  });
});

describe('conversions and kernel image choice', () => {
  const cases: [DType, number[], number[]][] = [
    ['f32', [1.5, -2, 0.1], [1.5, -2, Math.fround(0.1)]],
    ['f16', [1, -2, 65504, 2 ** -14, 2 ** -24], [1, -2, 65504, 2 ** -14, 2 ** -24]],
    ['i32', [-1, 2147483647, -2147483648], [-1, 2147483647, -2147483648]],
    ['u32', [0, 4294967295, 7], [0, 4294967295, 7]],
    ['bool', [1, 0, 1], [1, 0, 1]],
    ['c64', [1, -1, 0.5, 2], [1, -1, 0.5, 2]],
  ];
  it.each(cases)('%s round-trips through its device bytes', (dtype, values, want) => {
    const shape = [dtype === 'c64' ? values.length / 2 : values.length];
    const t = new Tensor(dtype, shape, Float64Array.from(values));
    const bytes = toDeviceData(t);
    expect(bytes.byteLength).toBe(shape[0] * (dtype === 'c64' ? 8 : dtype === 'f16' ? 2 : 4));
    expect([...fromDeviceData(dtype, shape, bytes).data]).toEqual(want);
  });

  it('stores f16 as IEEE half bits and bool as u32', () => {
    expect([...new Uint16Array(toDeviceData(Tensor.from('f16', [2], [1, -2])).slice().buffer)]).toEqual([0x3c00, 0xc000]);
    expect([...new Uint32Array(toDeviceData(Tensor.from('bool', [2], [1, 0])).slice().buffer)]).toEqual([1, 0]);
  });

  it('picks the cubin of the device, else the newest older minor of its major, else fatbin, else PTX', () => {
    const f = (...names: string[]) => names.map((n) => `kernels/${n}`);
    expect(chooseImage(f('k.sm_80.cubin', 'k.sm_86.cubin', 'k.sm_90.cubin', 'k.ptx'), 'kernels/k', [8, 6])).toEqual({ kind: 'cubin', file: 'kernels/k.sm_86.cubin', arch: 'sm_86' });
    expect(chooseImage(f('k.sm_80.cubin', 'k.sm_90.cubin'), 'kernels/k', [8, 9])).toMatchObject({ file: 'kernels/k.sm_80.cubin' });
    expect(chooseImage(f('k.sm_90.cubin', 'k.sm_90a.cubin'), 'kernels/k', [9, 0])).toMatchObject({ file: 'kernels/k.sm_90a.cubin' });
    expect(chooseImage(f('k.sm_90a.cubin', 'k.compute_80.ptx'), 'kernels/k', [10, 0])).toMatchObject({ kind: 'ptx', file: 'kernels/k.compute_80.ptx' });
    expect(chooseImage(f('k.sm_90.cubin', 'k.compute_80.ptx', 'k.compute_90.ptx'), 'kernels/k', [8, 6])).toMatchObject({ kind: 'ptx', file: 'kernels/k.compute_80.ptx' });
    expect(chooseImage(f('k.sm_90.cubin', 'k.fatbin', 'k.ptx'), 'kernels/k', [12, 0])).toMatchObject({ kind: 'fatbin' });
    expect(chooseImage(f('kk.sm_86.cubin', 'k.cu'), 'kernels/k', [8, 6])).toBeUndefined();
  });
});

// ---- the fake driver ------------------------------------------------------------------------------------

function fakeDriver(env: Record<string, string> = {}): NativeDriver {
  Object.assign(process.env, { FAKE_CUDA_VERSION: '13000', FAKE_CUDA_DEVICES: '1', FAKE_CUDA_CC: '8.6' }, env);
  return new (loadAddon().Driver)(FAKE);
}

describe('the driver path, against a fake libcuda.so.1', () => {
  afterAll(() => { fakeDriver(); });

  it('resolves every entry point through cuGetProcAddress_v2 with the ABI version of its variant', () => {
    const info = fakeDriver().info();
    expect(info.error).toBeNull();
    expect(info).toMatchObject({ loaded: true, driverVersion: 13000, getProcAddress: 'cuGetProcAddress_v2' });
    const eps = new Map(info.entryPoints.map((e) => [e.symbol, e.version]));
    expect(eps.get('cuMemAlloc_v2')).toBe(3020);
    expect(eps.get('cuMemcpyHtoDAsync_v2')).toBe(3020);
    expect(eps.get('cuDevicePrimaryCtxRelease_v2')).toBe(11000);
    expect(eps.get('cuLaunchKernel')).toBe(4000);
    expect(eps.get('cuEventElapsedTime_v2')).toBe(12080);
    // a CUDA 12.4 driver: no cuEventElapsedTime_v2 asked for, the original one is used
    const old = fakeDriver({ FAKE_CUDA_VERSION: '12040' }).info();
    expect(old.entryPoints.map((e) => e.symbol)).toContain('cuEventElapsedTime');
    expect(old.entryPoints.every((e) => e.version <= 12040)).toBe(true);
  });

  it('reports cuInit failures as no device, with the CUresult', async () => {
    const d = fakeDriver({ FAKE_CUDA_DEVICES: '0' });
    expect(() => d.deviceCount()).toThrow(/^no CUDA device: cuInit failed: CUDA_ERROR_NO_DEVICE/);
    expect(d.info()).toMatchObject({ loaded: false, cudaResult: 'CUDA_ERROR_NO_DEVICE' });
    fakeDriver();
    await expect(CudaDevice.open({ library: FAKE, ordinal: 3 })).rejects.toThrow(/no CUDA device with ordinal 3: the driver reports 1 device/);
  });

  it('allocates, copies, launches with pointer / params / status arguments, times, and names failing calls', async () => {
    fakeDriver();
    const dev = await CudaDevice.open({ library: FAKE });
    try {
      expect(dev.info).toMatchObject({ name: 'Fake CUDA Device', computeCapability: [8, 6], arch: 'sm_86', maxThreadsPerBlock: 1024 });
      const a = dev.allocate(16), b = dev.allocate(16), out = dev.allocate(16);
      dev.upload(a, new Float32Array([1, 2, 3, 4]));
      dev.upload(b, new Float32Array([10, 20, 30, 40]));
      const add = dev.loadModule('.entry fake_add_f32', 'add.ptx').function('fake_add_f32');
      expect(add.info.maxThreadsPerBlock).toBe(1024);
      const { ms } = await dev.time(() => dev.launch(add, { grid: [2, 1, 1], block: [2, 1, 1], args: [a.ptr, b.ptr, out.ptr, new Int32Array([4])] }));
      expect(ms).toBeGreaterThanOrEqual(0);
      expect([...new Float32Array((await dev.download(out)).buffer)]).toEqual([11, 22, 33, 44]);
      // offsets inside an allocation
      dev.upload(out, new Float32Array([7]), 8);
      expect([...new Float32Array((await dev.download(out, 8, 8)).slice().buffer)]).toEqual([7, 44]);

      const oom = (() => { try { dev.allocate(2 ** 33); } catch (e) { return e; } })();
      expect(oom).toBeInstanceOf(CudaError);
      expect(oom).toMatchObject({ cudaCall: 'cuMemAlloc_v2', cudaResult: 'CUDA_ERROR_OUT_OF_MEMORY', code: 'E_DEVICE' });
      expect(() => dev.loadModule('BAD ptx', 'bad.ptx')).toThrow(/^loading bad\.ptx: cuModuleLoadDataEx failed: CUDA_ERROR_INVALID_PTX .*fake JIT: syntax error at line 1/);
      expect(() => dev.loadModule('.entry fake_add_f32').function('nope')).toThrow(/cuModuleGetFunction failed: CUDA_ERROR_NOT_FOUND.*no kernel 'nope'/);
      expect(() => dev.launch(add, { grid: [1, 1, 1], block: [2048, 1, 1], args: [a.ptr, b.ptr, out.ptr, new Int32Array([4])] }))
        .toThrow(/cuLaunchKernel failed: CUDA_ERROR_INVALID_VALUE .*kernel fake_add_f32/);
      expect(() => dev.upload(a, new Float32Array(5))).toThrow(RangeError);
      expect(() => dev.launch(add, { grid: [1, 1, 1], block: [1, 1, 1], args: [123n] })).toThrow(/not a live device allocation/);

      const fault = dev.loadModule('fake_fault').function('fake_fault');
      dev.launch(fault, { grid: [1, 1, 1], block: [1, 1, 1], args: [] });
      const sync = dev.synchronize();
      expect(sync).toBeInstanceOf(Promise);
      await expect(sync).rejects.toMatchObject({ name: 'CudaError', cudaCall: 'cuStreamSynchronize', cudaResult: 'CUDA_ERROR_ILLEGAL_ADDRESS' });
    } finally {
      // the fake's fault is sticky, as a real one is: releasing reports it
      expect(() => dev.destroy()).toThrow(/CUDA_ERROR_ILLEGAL_ADDRESS/);
    }
  });
});

// ---- the executor on the fake driver -------------------------------------------------------------------

/** An artifact whose kernels are the fake driver's: y = a + b (flat, 64 threads), g = gather(y, idx) (traps),
 *  and one copy per dtype. */
function fakeArtifact(n = 100, opts: { state?: boolean } = {}): { artifact: Artifact; copies: DType[] } {
  const values: StoredValue[] = [];
  const value = (node: number, role: StoredValue['role'], name: string | undefined, dtype: DType, shape: number[]) => {
    values.push({ node, role, name, dtype, shape, bytes: shape.reduce((a, b) => a * b, 1) * byteSize(dtype) });
  };
  value(0, 'input', 'a', 'f32', [n]);
  value(1, 'input', 'b', 'f32', [n]);
  value(2, 'intermediate', undefined, 'f32', [n]);
  value(3, 'param', 'idx', 'i32', [n]);
  value(4, 'output', 'g', 'f32', [n]);
  const copies: DType[] = ['f16', 'bool', 'c64', 'i32', 'u32'];
  // the kernels' IR is left empty: these stand for printed kernels that the fake driver "runs"
  const kernels: ArtifactKernel[] = [
    { name: 'fake_add_f32', file: 'kernels/fake_add_f32.cu', buffers: [{ name: 'a', t: 'f32', access: 'read' }, { name: 'b', t: 'f32', access: 'read' }, { name: 'y', t: 'f32', access: 'read_write' }], syms: ['total'], mapping: { kind: 'flat', workgroupSize: 64 }, shared: [], traps: false, body: [] },
    { name: 'fake_gather_f32', file: 'kernels/fake_gather_f32.cu', buffers: [{ name: 'x', t: 'f32', access: 'read' }, { name: 'i', t: 'i32', access: 'read' }, { name: 'g', t: 'f32', access: 'read_write' }], syms: ['total', 'n'], mapping: { kind: 'flat', workgroupSize: 32 }, shared: [], traps: true, body: [] },
    { name: 'fake_copy', file: 'kernels/fake_copy.cu', buffers: [{ name: 'x', t: 'u32', access: 'read' }, { name: 'y', t: 'u32', access: 'read_write' }], syms: ['total', 'elem_bytes'], mapping: { kind: 'flat', workgroupSize: 128 }, shared: [], traps: false, body: [] },
  ];
  const launches: ArtifactLaunch[] = [
    { kernel: 'fake_add_f32', fuses: [{ id: 2, op: 'add', loc: 'net.ts:3:9' }], bindings: [0, 1, 2], syms: [n], total: n, bytesRead: 0, bytesWritten: 0, workgroups: [Math.ceil(n / 64), 1, 1] },
    { kernel: 'fake_gather_f32', fuses: [{ id: 4, op: 'gather', loc: 'net.ts:4:9' }], bindings: [2, 3, 4], syms: [n, n], total: n, bytesRead: 0, bytesWritten: 0, workgroups: [Math.ceil(n / 32), 1, 1] },
  ];
  const outputs = [{ name: 'g', node: 4, dtype: 'f32' as DType, shape: [n] }];
  copies.forEach((dtype, i) => {
    const src = 10 + 2 * i, dst = src + 1;
    value(src, 'input', `x_${dtype}`, dtype, [3]);
    value(dst, 'output', `y_${dtype}`, dtype, [3]);
    outputs.push({ name: `y_${dtype}`, node: dst, dtype, shape: [3] });
    const elem = dtype === 'c64' ? 8 : dtype === 'f16' ? 2 : 4;
    launches.push({ kernel: 'fake_copy', fuses: [{ id: dst, op: 'copy' }], bindings: [src, dst], syms: [3, elem], total: 3, bytesRead: 0, bytesWritten: 0, workgroups: [1, 1, 1] });
  });
  if (opts.state) {
    // a parameter 'counter' read out as output 'counter_out'; a training step would write y_i32 back into it
    value(30, 'param', 'counter', 'i32', [3]);
    value(31, 'output', 'counter_out', 'i32', [3]);
    outputs.push({ name: 'counter_out', node: 31, dtype: 'i32', shape: [3] });
    launches.push({ kernel: 'fake_copy', fuses: [{ id: 31, op: 'copy' }], bindings: [30, 31], syms: [3, 4], total: 3, bytesRead: 0, bytesWritten: 0, workgroups: [1, 1, 1] });
  }
  const named = (role: string) => values.filter((v) => v.role === role).map((v) => ({ name: v.name!, node: v.node, dtype: v.dtype, shape: v.shape }));
  const manifest: Manifest = {
    format: 'tempofuse.artifact', version: 4, target: 'cuda', name: 'fake_net', options: {},
    inputs: named('input'), params: named('param'), outputs, values, kernels, launches,
    modules: kernels.map((k) => ({ name: k.name, kernel: k.name, file: k.file, launches: launches.flatMap((l, i) => (l.kernel === k.name ? [i] : [])) })),
    cost: { fused: { launches: launches.length, bytesRead: 0, bytesWritten: 0 }, unfused: { launches: launches.length, bytesRead: 0, bytesWritten: 0 } },
  };
  const sources = new Map(kernels.map((k) => [k.file, `// ${k.name} (stands for a printed kernel)\n`] as const));
  return { artifact: { manifest, sources, constants: new Map() }, copies };
}

/** Every kernel in one image per arch, as nvcc builds them (the fake driver finds a kernel when its name is in
 *  the image), and PTX that the device's cubin takes precedence over. */
async function writeFakeImages(dir: string): Promise<void> {
  for (const arch of ['sm_80', 'sm_86', 'sm_90']) {
    await writeFile(join(dir, `${CUDA_UNIT}.${arch}.cubin`), `cubin ${arch} fake_add_f32 fake_gather_f32 fake_copy`);
  }
  await writeFile(join(dir, `${CUDA_UNIT}.compute_80.ptx`), '.visible .entry fake_add_f32( .visible .entry fake_gather_f32( .visible .entry fake_copy(');
}

describe('the CUDA executor, against a fake libcuda.so.1', () => {
  let dir: string;
  const n = 100;
  const a = Tensor.from('f32', [n], Array.from({ length: n }, (_, i) => i * 0.5));
  const b = Tensor.from('f32', [n], Array.from({ length: n }, (_, i) => 1 - i));
  const idx = (bad = false) => Tensor.from('i32', [n], Array.from({ length: n }, (_, i) => (bad && i === 57 ? n + 3 : n - 1 - i)));
  const copyInputs: Record<string, Tensor> = {
    x_f16: Tensor.from('f16', [3], [1.5, -65504, 0.333]), x_bool: Tensor.from('bool', [3], [1, 0, 1]),
    x_c64: Tensor.from('c64', [3], [1, 2, -3, 4, 0.25, -0.5]), x_i32: Tensor.from('i32', [3], [-7, 0, 2 ** 31 - 1]),
    x_u32: Tensor.from('u32', [3], [2 ** 32 - 1, 0, 5]),
  };

  beforeAll(async () => {
    fakeDriver();
    dir = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-exec-'));
    await writeArtifact(dir, fakeArtifact(n).artifact);
    await writeFakeImages(dir);
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('loads the right code, runs every launch, converts every dtype, and reads back the outputs', async () => {
    const exec = await CudaExecutor.load(dir, { library: FAKE });
    try {
      const image = { kind: 'cubin', file: `${CUDA_UNIT}.sm_86.cubin`, arch: 'sm_86' };
      expect(Object.fromEntries(exec.kernelImages)).toEqual({ fake_add_f32: image, fake_gather_f32: image, fake_copy: image });
      const out = await exec.run({ a, b, ...copyInputs }, { idx: idx() });
      const g = out.get('g')!;
      expect(g.dtype).toBe('f32');
      expect([...g.data]).toEqual(Array.from({ length: n }, (_, i) => Math.fround((n - 1 - i) * 0.5 + 1 - (n - 1 - i))));
      for (const [name, t] of Object.entries(copyInputs)) {
        const y = out.get(name.replace('x_', 'y_'))!;
        expect(y.dtype, name).toBe(t.dtype);
        expect([...y.data], name).toEqual([...t.data]);
      }
      // every stored value, each in its own buffer
      const all = await exec.runKernels({ a, b, ...copyInputs }, { idx: idx() });
      expect([...all.values.get(2)!.data]).toEqual(Array.from({ length: n }, (_, i) => i * 0.5 + 1 - i));
      const timing = await exec.timeRun({ a, b, ...copyInputs }, { idx: idx() }, { repeats: 3, warmup: 1 });
      expect(timing.repeats).toBe(3);
      expect(timing.launches?.map((l) => l.kernel)).toEqual(['fake_add_f32', 'fake_gather_f32', ...Array(5).fill('fake_copy')]);
      expect(timing.source).toBe('cuda-events');
      expect(timing.gpuMs!.min).toBeGreaterThanOrEqual(0);
      expect(timing.launches!.every((l) => l.ms.min <= l.ms.median && l.ms.median <= l.ms.max)).toBe(true);
    } finally {
      await exec.destroy();
    }
  });

  it('keeps parameters on the device across runs; setParams uploads only what it names', async () => {
    const exec = await CudaExecutor.load(dir, { library: FAKE });
    try {
      const inputs = { a, b, ...copyInputs };
      const first = await exec.run(inputs, { idx: idx() });
      for (let i = 0; i < 2; i++) expect([...(await exec.run(inputs)).get('g')!.data]).toEqual([...first.get('g')!.data]);
      expect(exec.uploads()).toMatchObject({ inputs: 3 * 7, params: 1, constants: 0 });
      // the gather through the identity instead of the reversal
      await exec.setParams({ idx: Tensor.from('i32', [n], Array.from({ length: n }, (_, i) => i)) });
      const g = (await exec.run(inputs)).get('g')!;
      expect([...g.data]).toEqual(Array.from({ length: n }, (_, i) => Math.fround(i * 0.5 + 1 - i)));
      expect(exec.uploads()).toMatchObject({ inputs: 4 * 7, params: 2 });
      await expect(exec.setParams({ idx: Tensor.from('f32', [n], idx().data) })).rejects.toThrow(/param 'idx' is f32\[100\], the network declares i32\[100\]/);
    } finally {
      await exec.destroy();
    }
  });

  it('writes updated outputs back into parameters on the device, and reads them back on request', async () => {
    const other = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-state-'));
    try {
      await writeArtifact(other, fakeArtifact(n, { state: true }).artifact);
      await writeFakeImages(other);
      const exec = await CudaExecutor.load(other, { library: FAKE });
      try {
        await expect(exec.setUpdates(new Map([['y_f16', 'counter']]))).rejects.toThrow(/output 'y_f16' is f16\[3\], parameter 'counter' is i32\[3\]/);
        await exec.setUpdates(new Map([['y_i32', 'counter']]));
        const inputs = { a, b, ...copyInputs };
        const first = await exec.run(inputs, { idx: idx(), counter: Tensor.from('i32', [3], [4, 5, 6]) });
        expect([...first.get('counter_out')!.data]).toEqual([4, 5, 6]);
        expect(first.has('y_i32')).toBe(false);
        const second = await exec.run(inputs);
        expect([...second.get('counter_out')!.data]).toEqual([...copyInputs.x_i32.data]);
        expect(exec.uploads().params).toBe(2);
        const params = await exec.readParams();
        expect([...params.get('counter')!.data]).toEqual([...copyInputs.x_i32.data]);
        expect([...params.get('idx')!.data]).toEqual([...idx().data]);
      } finally {
        await exec.destroy();
      }
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('raises a trap as ExecutionError naming the kernel and its graph nodes; checks bindings first', async () => {
    const exec = await CudaExecutor.load(dir, { library: FAKE });
    try {
      const err = await exec.run({ a, b, ...copyInputs }, { idx: idx(true) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ExecutionError);
      expect((err as Error).message).toBe('net.ts:4:9 %4 = gather: kernel fake_gather_f32 (launch 1: %4 gather) reported an index out of range');
      // the next run is clean again (the status word is reset)
      await expect(exec.run({ a, b, ...copyInputs }, { idx: idx() })).resolves.toBeInstanceOf(Map);
      await expect(exec.run({ a, ...copyInputs }, { idx: idx() })).rejects.toBeInstanceOf(InputMismatchError);
      await expect(exec.run({ a, b, ...copyInputs }, { idx: Tensor.from('f32', [n], idx().data) })).rejects.toThrow(/param 'idx' is f32\[100\], the network declares i32\[100\]/);
    } finally {
      await exec.destroy();
    }
    await expect(exec.run({ a, b, ...copyInputs }, { idx: idx() })).rejects.toThrow(/destroyed/);
  });

  it('says what is missing when no code fits the device, and refuses artifacts for another target', async () => {
    const other = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-exec-'));
    try {
      const { artifact } = fakeArtifact(n);
      await writeArtifact(other, artifact);
      await writeFile(join(other, `${CUDA_UNIT}.sm_90.cubin`), 'cubin sm_90 fake_add_f32 fake_gather_f32 fake_copy');
      const err = await CudaExecutor.load(other, { library: FAKE, nvrtc: false }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(TargetError);
      expect((err as Error).message).toMatch(/no code for kernel fake_add_f32 that Fake CUDA Device \(sm_86\) can load.*found kernels\/all-kernels\.sm_90\.cubin/);
      await writeArtifact(other, { ...artifact, manifest: { ...artifact.manifest, target: 'wgsl' } });
      await expect(CudaExecutor.load(other, { library: FAKE })).rejects.toThrow(/compiled for wgsl, not CUDA/);
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('launches a specialised module without a params struct', async () => {
    const other = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-exec-'));
    try {
      const { artifact } = fakeArtifact(n);
      const m = artifact.manifest;
      const gather = m.kernels.find((k) => k.name === 'fake_gather_f32')!;
      // the gather launch (1) runs a module specialised to its sizes (n = 100), named as the fake's kernel
      const modules = [
        ...m.modules.filter((mod) => mod.kernel !== gather.name),
        { name: 'fake_gather100_f32', kernel: gather.name, file: 'kernels/fake_gather100_f32.cu', launches: [1], specialized: [n, n] },
      ];
      const sources = new Map([...artifact.sources].filter(([f]) => f !== gather.file).concat([['kernels/fake_gather100_f32.cu', '// specialised\n']]));
      const kernels = m.kernels.map((k) => (k === gather ? { ...k, file: 'kernels/fake_gather100_f32.cu' } : k));
      await writeArtifact(other, { ...artifact, sources, manifest: { ...m, kernels, modules } });
      await writeFile(join(other, `${CUDA_UNIT}.sm_86.cubin`), 'cubin sm_86 fake_add_f32 fake_gather100_f32 fake_copy');
      const exec = await CudaExecutor.load(other, { library: FAKE, nvrtc: false });
      try {
        expect([...exec.kernelImages.keys()]).toEqual(['fake_add_f32', 'fake_copy', 'fake_gather100_f32']);
        const g = (await exec.run({ a, b, ...copyInputs }, { idx: idx() })).get('g')!;
        expect([...g.data]).toEqual(Array.from({ length: n }, (_, i) => Math.fround((n - 1 - i) * 0.5 + 1 - (n - 1 - i))));
        // the status word is the fourth argument: a trap reaches it
        await expect(exec.run({ a, b, ...copyInputs }, { idx: idx(true) })).rejects.toThrow(/kernel fake_gather_f32 \(launch 1: %4 gather\) reported an index out of range/);
      } finally {
        await exec.destroy();
      }
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
