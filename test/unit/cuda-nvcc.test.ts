// Every CUDA kernel the compiler prints compiles with nvcc, without a single warning, to PTX and cubin for
// sm_80 and sm_90: the kernels of every op case whose op has a lowering (with the default fusion options,
// with cooperative workgroup reductions forced, with the atomic scatter strategy, and specialised to their
// launch's uniforms), of every example network, and hand-built kernels that use every construct of the
// kernel IR. nvcc needs no GPU; where
// it is missing these tests fail and say so (nvcc is part of every machine, CI included: ENVIRONMENT.md).
//
// Speed: kernels are deduplicated, renamed apart and concatenated into a few translation units, each
// compiled by one nvcc call for both archs; two calls run at once. Then compileCuda: every module of an
// artifact in one PTX and one cubin per arch, and its cache.
import { readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildArtifact, CUDA_UNIT } from '../../codegen/artifact.ts';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { compileCuda, cudaBinaryFile, findNvcc, runPool } from '../../codegen/cuda/nvcc.ts';
import { cudaKernelPrinter } from '../../codegen/cuda/printer.ts';
import { TargetError } from '../../ir/errors.ts';
import { loweringOf } from '../../codegen/lower/index.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { ALL_CASES } from '../cases/index.ts';
import { caseGraph, caseId } from '../helpers/cases.ts';
import { balance, compileUnits, featureKernelFlat, featureKernelGroup, requireNvcc, UnitSet, type UnitsResult } from '../helpers/nvcc.ts';

const ARCHS = [80, 90];
const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
/** Translation units (and nvcc calls); two run at once. */
const CHUNKS = 6;
const JOBS = 2;

// ---- the kernels -------------------------------------------------------------------------------

const set = new UnitSet();
const { units } = set;

function addProgram(program: Program, origin: string, specialized: boolean): void {
  for (const k of program.kernels) {
    set.add(k, `${origin}: ${k.name}`);
    if (specialized) set.add(k, `${origin}: ${k.name} specialised`, program.launches.find((l) => l.kernel === k.name)!.syms);
  }
}

const lowered = ALL_CASES.filter((c) => loweringOf(c.op));
for (const c of lowered) {
  addProgram(compileGraph(caseGraph(c)), caseId(c), true);
  addProgram(compileGraph(caseGraph(c), { groupReduceMin: 2 }), `${caseId(c)} (workgroup reductions)`, false);
  if (c.op === 'conv' || c.op === 'matmul') addProgram(compileGraph(caseGraph(c), { tileMin: 1 }), `${caseId(c)} (tiled)`, true);
  // the atomic scatter strategy's kernels (only ops that have one differ from the default)
  addProgram(compileGraph(caseGraph(c), { scatter: 'atomic' }), `${caseId(c)} (atomic scatter)`, true);
}
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts')).sort();
const examplePrograms = new Map<string, Program>();
for (const f of examples) {
  const program = compileGraph(await loadNetwork(join(EXAMPLES, f)));
  examplePrograms.set(f, program);
  addProgram(program, `examples/${f}`, true);
}
set.add(featureKernelFlat(), 'every construct, flat');
set.add(featureKernelGroup(), 'every construct, group');
set.add(featureKernelGroup(), 'every construct, group, specialised', [3, 300]);

const chunks = balance(units, CHUNKS);

let started: Promise<UnitsResult>[] | undefined;
/** Start every compilation once (JOBS at a time); each test awaits its own. */
function results(): Promise<UnitsResult>[] {
  if (!started) {
    const nvcc = requireNvcc();
    const settled: ((r: UnitsResult) => void)[] = [];
    const failed: ((e: unknown) => void)[] = [];
    started = chunks.map(() => new Promise<UnitsResult>((res, rej) => { settled.push(res); failed.push(rej); }));
    void runPool(chunks.map((c, i) => async () => {
      try { settled[i](await compileUnits(nvcc, c, ARCHS)); } catch (e) { failed[i](e); }
    }), JOBS);
  }
  return started;
}

// ---- tests ---------------------------------------------------------------------------------------

describe('CUDA kernels compile with nvcc (sm_80, sm_90; PTX and cubin; no warnings)', () => {
  it('nvcc is installed', () => {
    expect(() => requireNvcc()).not.toThrow();
  });

  it(`covers every lowered op case (${lowered.length} of ${ALL_CASES.length}), the examples and every IR construct`, () => {
    expect(lowered.length).toBeGreaterThan(0);
    expect(examples.length).toBeGreaterThan(0);
    expect(units.length).toBeGreaterThan(lowered.length / 4);
    expect(new Set(units.map((u) => u.kernel)).size).toBe(units.length);
  });

  chunks.forEach((chunk, i) => {
    it(`translation unit ${i + 1}/${chunks.length}: ${chunk.length} kernels`, async () => {
      const r = await results()[i];
      expect(r.ok, r.log).toBe(true);
    }, 300_000);
  });
});

describe('compileCuda', () => {
  it('writes one PTX (compute_80, compute_90) and one cubin (sm_80, sm_90) holding every module of an example artifact', async () => {
    const [file, program] = [...examplePrograms][0];
    const artifact = buildArtifact(program, 'cuda', cudaKernelPrinter, { specialized: true });
    const out = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-artifact-'));
    try {
      const r = await compileCuda(artifact.sources, { out, archs: ['sm_80', 'sm_90'], werror: true, cache: false });
      expect(r.log, `warnings compiling ${file}`).toBe('');
      expect(r.cached).toEqual([]);
      expect(r.binaries.map((b) => b.file).sort()).toEqual(ARCHS.flatMap((a) => [cudaBinaryFile(CUDA_UNIT, a, 'ptx'), cudaBinaryFile(CUDA_UNIT, a, 'cubin')]).sort());
      for (const arch of ARCHS) {
        const ptx = await readFile(join(out, cudaBinaryFile(CUDA_UNIT, arch, 'ptx')), 'utf8');
        expect(ptx).toContain(`.target sm_${arch}`);
        for (const m of artifact.manifest.modules) expect(ptx).toMatch(new RegExp(`\\.entry ${m.name}\\(`));
        const cubin = await readFile(join(out, cudaBinaryFile(CUDA_UNIT, arch, 'cubin')));
        expect(cubin.subarray(0, 4).toString('latin1')).toBe('\x7fELF');
      }
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 300_000);

  it('keeps binaries in the cache by content: the same sources and flags run no nvcc; other flags do', async () => {
    const program = [...examplePrograms.values()].reduce((a, b) => (a.kernels.length <= b.kernels.length ? a : b));
    const { sources } = buildArtifact(program, 'cuda', cudaKernelPrinter, { specialized: true });
    const root = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-cache-'));
    const cache = join(root, 'cache');
    const compile = (out: string, precise = false) => compileCuda(sources, { out: join(root, out), archs: [90], cache, precise });
    try {
      // a binary left by an earlier compile for another arch goes (the runtime would load it)
      await mkdir(join(root, 'a', 'kernels'), { recursive: true });
      await writeFile(join(root, 'a', cudaBinaryFile(CUDA_UNIT, 80, 'cubin')), 'stale');
      const cold = await compile('a');
      expect(readdirSync(join(root, 'a', 'kernels')).sort()).toEqual(['all-kernels.compute_90.ptx', 'all-kernels.sm_90.cubin']);
      const warm = await compile('b');
      const precise = await compile('c', true);
      expect([cold.cached, warm.cached, precise.cached]).toEqual([[], [90], []]);
      const bytes = (out: string, kind: 'ptx' | 'cubin') => readFile(join(root, out, cudaBinaryFile(CUDA_UNIT, 90, kind)));
      for (const kind of ['ptx', 'cubin'] as const) expect((await bytes('b', kind)).equals(await bytes('a', kind)), kind).toBe(true);
      expect((await bytes('c', 'ptx')).equals(await bytes('a', 'ptx'))).toBe(false);
      // two entries (fast, precise), each whole: ptx, cubin and log, no partial files
      expect(readdirSync(join(cache, 'nvcc')).map((f) => f.replace(/^[0-9a-f]{64}/, '')).sort()).toEqual(['.cubin', '.cubin', '.log', '.log', '.ptx', '.ptx']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 300_000);

  it('reports a TargetError naming the source when nvcc rejects it', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-bad-'));
    try {
      const err = await compileCuda(new Map([['kernels/bad.cu', 'extern "C" __global__ void bad() { undeclared(); }\n']]), { out, archs: [80], kinds: ['ptx'], cache: false }).catch((e) => e);
      expect(err).toBeInstanceOf(TargetError);
      expect(String(err.message)).toMatch(/kernels\/bad\.cu.*compute_80[\s\S]*undeclared/);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('reports a TargetError when nvcc is absent', async () => {
    expect(() => findNvcc('/nonexistent/bin/nvcc')).toThrow(TargetError);
    const err = await compileCuda(new Map([['kernels/k.cu', '']]), { out: tmpdir(), nvcc: '/nonexistent/bin/nvcc' }).catch((e) => e);
    expect(err).toBeInstanceOf(TargetError);
    expect(String(err.message)).toMatch(/nvcc not found/);
  });

  it('rejects unknown architectures and source paths outside the output folder', async () => {
    await expect(compileCuda(new Map([['k.cu', '']]), { out: tmpdir(), archs: ['sm_70'] })).rejects.toThrow(TargetError);
    await expect(compileCuda(new Map([['../k.cu', '']]), { out: tmpdir() })).rejects.toThrow(TargetError);
  });
});
