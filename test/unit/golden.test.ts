// Golden files of generated source: for the example network, each paper block alone (DTF in both variants,
// TAM, SIFA, SGS, MTConv; test/fixtures/golden/*_block.ts), the gradient graphs of SIFA and TAM, and a few
// small graphs that show each kind of fusion, the WGSL (f16 as 'f32-storage') and CUDA of every kernel and the `inspect --kernels` report live
// under test/golden/<graph>/, and are compared byte for byte with what the compiler prints now. A change
// to the printers or the fusion plan shows up here as a reviewable diff. After an intended change:
//
//   UPDATE_GOLDEN=1 npx vitest run test/unit/golden
//
// rewrites them (and removes stale ones). Also: compiling twice gives identical artifacts, every WGSL and
// CUDA kernel opens with a comment naming the graph nodes it fuses, and the report is what the CLI prints.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtifact, type Artifact } from '../../codegen/artifact.ts';
import { writeArtifact } from '../../artifact/write.ts';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { cudaKernelPrinter } from '../../codegen/cuda/printer.ts';
import { describeProgram } from '../../codegen/report.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { describeFused } from '../../codegen/kir.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { gradientGraph } from '../../cli/grads.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const GOLDEN = join(ROOT, 'test/golden');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
const HOW_TO_UPDATE = 'if the change is intended, run `UPDATE_GOLDEN=1 npx vitest run test/unit/golden` and review the diff of test/golden/';

/** Each golden graph, the network file it is built from, and the plan it must fuse into. */
const GRAPHS: { name: string; path: string; kernels: number; group?: boolean; grad?: boolean }[] = [
  { name: 'tiny_video_net', path: 'examples/tiny_video_net.ts', kernels: 4, group: true },
  { name: 'broadcast_chain', path: 'test/fixtures/golden/broadcast_chain.ts', kernels: 1 },
  { name: 'reduce_fused', path: 'test/fixtures/golden/reduce_fused.ts', kernels: 1 },
  { name: 'group_reduce', path: 'test/fixtures/golden/group_reduce.ts', kernels: 1, group: true },
  { name: 'conv_bias_relu', path: 'test/fixtures/golden/conv_bias_relu.ts', kernels: 1 },
  { name: 'spectral_filter', path: 'test/fixtures/golden/spectral_filter.ts', kernels: 1 },
  // each paper block alone on a small input, inference mode (nn/dtf.ts, tam.ts, sifa.ts, sgs.ts, mtconv-paper.ts)
  { name: 'dtf_block', path: 'test/fixtures/golden/dtf_block.ts', kernels: 7 },
  { name: 'dtf_paper_block', path: 'test/fixtures/golden/dtf_paper_block.ts', kernels: 4 },
  { name: 'tam_block', path: 'test/fixtures/golden/tam_block.ts', kernels: 8 }, // the clip mean stored, not recomputed in a second kernel
  { name: 'sifa_block', path: 'test/fixtures/golden/sifa_block.ts', kernels: 3 },
  { name: 'sgs_block', path: 'test/fixtures/golden/sgs_block.ts', kernels: 15 }, // the spatial mean and the MLP stored, never recomputed per output
  { name: 'mtconv_block', path: 'test/fixtures/golden/mtconv_block.ts', kernels: 9 },
  // the gradient graphs of two blocks (cli/grads.ts: the forward, then the vector-Jacobian product), so
  // that a change to a VJP rule or to how backward kernels fuse shows up too
  { name: 'sifa_block_grad', path: 'test/fixtures/golden/sifa_block.ts', kernels: 11, grad: true },
  { name: 'tam_block_grad', path: 'test/fixtures/golden/tam_block.ts', kernels: 26, grad: true },
];

const compile = async (path: string, grad = false): Promise<Program> => {
  const g = await loadNetwork(path);
  return compileGraph(grad ? gradientGraph(g) : g);
};
const wgslArtifact = (p: Program, specialize = false): Artifact =>
  buildArtifact(p, 'wgsl', printProgramWgsl(p, { f16: 'f32-storage', specialize }), { f16: 'f32-storage', specialized: specialize });
const cudaArtifact = (p: Program): Artifact => buildArtifact(p, 'cuda', cudaKernelPrinter, { specialized: false });

/** The golden files of one program, by path relative to test/golden/<graph>/. */
function goldenFiles(p: Program): Map<string, string> {
  const files = new Map<string, string>([['report.txt', describeProgram(p) + '\n']]);
  for (const m of printProgramWgsl(p, { f16: 'f32-storage' })) files.set(`wgsl/${m.name}.wgsl`, m.source);
  for (const [file, source] of cudaArtifact(p).sources) files.set(`cuda/${file.replace(/^kernels\//, '')}`, source);
  return files;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

const programs = new Map<string, Program>();
beforeAll(async () => {
  for (const g of GRAPHS) programs.set(g.name, await compile(g.path, g.grad));
}, 60_000);

describe.concurrent('golden generated source (test/golden/<graph>/)', () => {
  for (const g of GRAPHS) {
    it(`${g.name}: WGSL, CUDA and report match byte for byte`, async () => {
      const files = goldenFiles(programs.get(g.name)!);
      const dir = join(GOLDEN, g.name);
      if (UPDATE) {
        await rm(dir, { recursive: true, force: true });
        for (const [file, text] of files) {
          await mkdir(dirname(join(dir, file)), { recursive: true });
          await writeFile(join(dir, file), text);
        }
      }
      // (expected: the golden files; received: what the compiler generates now)
      expect([...files.keys()].sort(), `test/golden/${g.name}: the generated files are not the golden ones; ${HOW_TO_UPDATE}`).toEqual(await listFiles(dir));
      for (const [file, text] of files) {
        expect(text, `test/golden/${g.name}/${file}: the generated source differs from the golden file; ${HOW_TO_UPDATE}`).toBe(await readFile(join(dir, file), 'utf8'));
      }
    });
  }
});

describe('the golden graphs show the fusion they were picked for', () => {
  it('kernel counts, and which run a cooperative workgroup reduction', () => {
    for (const g of GRAPHS) {
      const p = programs.get(g.name)!;
      expect(p.kernels.length, g.name).toBe(g.kernels);
      expect(p.kernels.some((k) => k.mapping.kind === 'group'), g.name).toBe(g.group === true);
      expect(p.cost.fused.launches, g.name).toBeLessThan(p.cost.unfused.launches);
      expect(p.cost.fused.bytesRead + p.cost.fused.bytesWritten, g.name)
        .toBeLessThan(p.cost.unfused.bytesRead + p.cost.unfused.bytesWritten);
    }
    const ops = (name: string, launch = 0) => programs.get(name)!.launches[launch].fuses.map((f) => f.op);
    expect(ops('broadcast_chain')).toEqual(['add', 'mul', 'sigmoid', 'mul', 'sub']);
    expect(ops('reduce_fused')).toEqual(['sub', 'mul', 'mean', 'add', 'sqrt', 'add']);
    expect(ops('group_reduce')).toEqual(['mul', 'abs', 'sum', 'add', 'log']);
    expect(ops('conv_bias_relu')).toEqual(['conv', 'reshape', 'add', 'relu']);
    // FFT-filter-IFFT: one kernel, each invocation a whole line in registers
    expect(ops('spectral_filter', 0)).toEqual(['rfft', 'complex', 'mul', 'irfft']);
  });

  it('the blocks keep the fusions their files describe', () => {
    const launches = (name: string) => programs.get(name)!.launches.map((l) => l.fuses.map((f) => f.op));
    // TAM (nn/tam.ts): excitation, the padded windows (unfold), Θ's softmax division and V's sigmoid are the prologue of
    // the aggregation's one reduction
    const aggregation = launches('tam_block').filter((ops) => ops.includes('sum') && ops.includes('sigmoid'));
    expect(aggregation).toHaveLength(1);
    expect(aggregation[0]).toEqual(expect.arrayContaining(['div', 'sigmoid', 'mul', 'unfold', 'sum']));
    // SIFA (nn/sifa.ts): one kernel per pixel pair: the samples never exist as a tensor (bilinear is
    // inlined into the correlation reduction and again into the aggregation), and the K² correlations stay
    // in a register table between the two
    const sampling = launches('sifa_block').filter((ops) => ops.includes('bilinear'));
    expect(sampling).toHaveLength(1);
    expect(sampling[0].filter((op) => op === 'sum')).toHaveLength(2);
    // DTF (nn/dtf.ts): correlation, softmax over the taps and aggregation in one kernel, which also writes
    // the pair correlations that filter_g reads
    const dtfLaunches = programs.get('dtf_block')!.launches;
    const attention = dtfLaunches.filter((l) => l.fuses.some((f) => f.op === 'max'));
    expect(attention).toHaveLength(1);
    expect(attention[0].fuses.map((f) => f.op)).toEqual(expect.arrayContaining(['sum', 'max', 'exp', 'div', 'mul']));
    expect(attention[0].fuses.filter((f) => f.note?.includes('also written'))).toHaveLength(1);
  });
});

/** The comment lines a source file opens with (WGSL and CUDA alike use //). */
const header = (source: string): string => {
  const lines = source.split('\n');
  const end = lines.findIndex((l) => !l.startsWith('//'));
  return lines.slice(0, end < 0 ? lines.length : end).join('\n');
};

describe('every kernel opens with a comment naming the graph nodes it fuses', () => {
  it('WGSL (as in the golden files)', async () => {
    for (const g of GRAPHS) {
      const p = programs.get(g.name)!;
      const modules = printProgramWgsl(p, { f16: 'f32-storage' });
      expect(modules.length, g.name).toBe(p.kernels.length);
      for (const m of modules) {
        const golden = await readFile(join(GOLDEN, g.name, 'wgsl', `${m.name}.wgsl`), 'utf8');
        const head = header(golden);
        expect(golden.startsWith('// '), `${g.name}/${m.name}`).toBe(true);
        expect(head, `${g.name}/${m.name}`).toMatch(/^\/\/ Fuses: /m);
        const [first, ...rest] = m.launches.map((i) => p.launches[i]);
        for (const f of first.fuses) expect(head, `${g.name}/${m.name}`).toContain(describeFused(f, (loc) => ` (${loc})`));
        for (const l of rest) expect(head, `${g.name}/${m.name}`).toContain(`%${l.fuses[l.fuses.length - 1].id}`);
      }
    }
  });

  it('CUDA (as in the golden files): every launch with every node', async () => {
    for (const g of GRAPHS) {
      const p = programs.get(g.name)!;
      for (const k of p.kernels) {
        const head = header(await readFile(join(GOLDEN, g.name, 'cuda', `${k.name}.cu`), 'utf8'));
        p.launches.forEach((l, i) => {
          if (l.kernel !== k.name) return;
          expect(head).toContain(`// launch ${i}: `);
          for (const f of l.fuses) expect(head, `${g.name}/${k.name}`).toContain(`//   ${describeFused(f, (loc) => `  @ ${loc}`)}`);
        });
      }
    }
  });
});

describe('determinism', () => {
  let dir: string;
  beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-golden-')); });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('compiling a network twice writes identical artifacts (wgsl, wgsl --specialize, cuda)', async () => {
    for (const g of GRAPHS) {
      const [a, b] = [await compile(g.path, g.grad), await compile(g.path, g.grad)];
      for (const [kind, make] of [['wgsl', wgslArtifact], ['specialized', (p: Program) => wgslArtifact(p, true)], ['cuda', cudaArtifact]] as const) {
        const [da, db] = [join(dir, g.name, kind, 'a'), join(dir, g.name, kind, 'b')];
        await writeArtifact(da, make(a));
        await writeArtifact(db, make(b));
        const files = await listFiles(da);
        expect(files).toContain('manifest.json');
        expect(await listFiles(db), `${g.name} ${kind}`).toEqual(files);
        for (const f of files) {
          expect((await readFile(join(db, f))).equals(await readFile(join(da, f))), `${g.name} ${kind}: ${f} differs between two compiles`).toBe(true);
        }
      }
      expect(describeProgram(b)).toBe(describeProgram(a));
    }
  });
});

describe('the golden report is what the CLI prints', () => {
  it('`tempofuse inspect --kernels <graph>` prints report.txt', async () => {
    const inspect = (...args: string[]) => new Promise<string>((done, fail) => {
      execFile(process.execPath, ['bin/tempofuse.js', 'inspect', '--kernels', ...args], { cwd: ROOT }, (err, stdout, stderr) => {
        if (err) fail(new Error(`inspect --kernels ${args.join(' ')} failed: ${stderr}`));
        else done(stdout);
      });
    });
    // (--backward prints the gradient graph's report after a line comparing kernel counts)
    const printed = await Promise.all(GRAPHS.map((g) => inspect(...(g.grad ? ['--backward', g.path] : [g.path]))));
    for (const [i, g] of GRAPHS.entries()) {
      const report = g.grad ? printed[i].slice(printed[i].indexOf('\n') + 1) : printed[i];
      expect(report, `${g.name}: inspect --kernels differs from test/golden/${g.name}/report.txt; ${HOW_TO_UPDATE}`).toBe(await readFile(join(GOLDEN, g.name, 'report.txt'), 'utf8'));
    }
  });
});
