// What the CUDA kernels of the example networks cost after nvcc, generic and specialised: per example, the
// nvcc time for one architecture (no cache), integer div/rem instructions in the PTX (all, and inside loops)
// and the entries ptxas gives a stack frame (arrays in local memory).
//
//   npx tsx scripts/cuda-ptx-report.ts [--arch 90] [--precise] [examples/foo.ts ...]
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildArtifact, CUDA_UNIT } from '../codegen/artifact.ts';
import { compileGraph } from '../codegen/compile.ts';
import { compileCuda, cudaBinaryFile, findNvcc, parseCudaArch } from '../codegen/cuda/nvcc.ts';
import { cudaKernelPrinter } from '../codegen/cuda/printer.ts';
import { loadNetwork } from '../runtime/network.ts';
import { ptxasBeside, ptxDivRem, ptxStackFrames } from '../test/helpers/ptx.ts';

const args = process.argv.slice(2);
const archAt = args.indexOf('--arch');
const arch = archAt >= 0 ? parseCudaArch(args[archAt + 1]) : 90;
const precise = args.includes('--precise');
const named = args.filter((a, i) => a.endsWith('.ts') && args[i - 1] !== '--arch');
const files = named.length ? named : readdirSync('examples').filter((f) => f.endsWith('.ts')).sort().map((f) => join('examples', f));
const ptxas = ptxasBeside(findNvcc());

console.log(`sm_${arch}, ${precise ? 'precise' : 'fast'} flags`);
console.log(['example', 'modules', 'nvcc s', 'div/rem', 'in loops', 'stack entries', 'stack bytes'].join('\t'));
for (const file of files) {
  const program = compileGraph(await loadNetwork(file));
  for (const specialized of [false, true]) {
    const artifact = buildArtifact(program, 'cuda', cudaKernelPrinter, { specialized });
    const out = await mkdtemp(join(tmpdir(), 'tempofuse-ptx-report-'));
    try {
      const t0 = performance.now();
      await compileCuda(artifact.sources, { out, archs: [arch], precise, cache: false });
      const seconds = (performance.now() - t0) / 1000;
      const ptxFile = join(out, cudaBinaryFile(CUDA_UNIT, arch, 'ptx'));
      const divs = ptxDivRem(await readFile(ptxFile, 'utf8'));
      const frames = [...(await ptxStackFrames(ptxas, ptxFile, arch)).values()];
      console.log([
        `${file}${specialized ? ' (specialised)' : ''}`, artifact.manifest.modules.length, seconds.toFixed(1),
        divs.reduce((a, d) => a + d.divRem, 0), divs.reduce((a, d) => a + d.divRemInLoops, 0),
        frames.filter((f) => f > 0).length, frames.reduce((a, f) => a + f, 0),
      ].join('\t'));
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }
}
