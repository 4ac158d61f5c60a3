// Golden source of an atomic scatter (test/golden/scatter_chain/): the WGSL and CUDA of a graph compiled
// with scatter 'atomic' (the zero-fill kernel, the accumulating kernel with its fused source chain, and the
// consumer), compared byte for byte. After an intended change:
//
//   UPDATE_GOLDEN=1 npx vitest run test/unit/golden-scatter
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArtifact } from '../../codegen/artifact.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { cudaKernelPrinter } from '../../codegen/cuda/printer.ts';
import { printProgramWgsl } from '../../codegen/wgsl/program.ts';
import { loadNetwork } from '../../runtime/network.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIR = join(ROOT, 'test/golden/scatter_chain');
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('golden atomic scatter (test/golden/scatter_chain/)', () => {
  it('WGSL and CUDA match byte for byte', async () => {
    const p = compileGraph(await loadNetwork(join(ROOT, 'test/fixtures/golden/scatter_chain.ts')), { scatter: 'atomic' });
    expect(p.launches.map((l) => l.kernel)).toEqual(['k0_zero_fill', 'k1_scatter_add_relu_mul', 'k2_add']);
    const files = new Map<string, string>();
    for (const m of printProgramWgsl(p, { f16: 'f32-storage' })) files.set(`wgsl/${m.name}.wgsl`, m.source);
    for (const [file, source] of buildArtifact(p, 'cuda', cudaKernelPrinter, { specialized: false }).sources) files.set(`cuda/${file.replace(/^kernels\//, '')}`, source);
    // the accumulating kernel binds its output as atomic words in WGSL and adds with atomicAdd in CUDA
    expect(files.get('wgsl/k1_scatter_add_relu_mul.wgsl')).toMatch(/var<storage, read_write> out: array<atomic<u32>>;[\s\S]*atomicCompareExchangeWeak/);
    expect(files.get('cuda/k1_scatter_add_relu_mul.cu')).toContain('atomicAdd(&out[');
    if (UPDATE) {
      await rm(DIR, { recursive: true, force: true });
      for (const [file, text] of files) {
        await mkdir(dirname(join(DIR, file)), { recursive: true });
        await writeFile(join(DIR, file), text);
      }
    }
    const entries = await readdir(DIR, { recursive: true, withFileTypes: true }).catch(() => []);
    const golden = entries.filter((e) => e.isFile()).map((e) => relative(DIR, join(e.parentPath, e.name))).sort();
    expect([...files.keys()].sort(), 'the generated files are not the golden ones').toEqual(golden);
    for (const [file, text] of files) expect(text, `test/golden/scatter_chain/${file} differs`).toBe(await readFile(join(DIR, file), 'utf8'));
  });
});
