// What nvcc makes of the example networks as `compile --target cuda` builds them (specialised, fast flags),
// for sm_90: no integer division or remainder inside a loop (sizes are literals, so nvcc turns division by
// them into multiplications), and no entry with a stack frame (register tables stay in registers: the
// loops indexing them unroll fully). The generic build divides by run-time sizes; the test checks that the
// PTX reader finds those, so that a zero above means something.
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtifact, CUDA_UNIT } from '../../codegen/artifact.ts';
import { compileGraph, type Program } from '../../codegen/compile.ts';
import { compileCuda, cudaBinaryFile } from '../../codegen/cuda/nvcc.ts';
import { cudaKernelPrinter } from '../../codegen/cuda/printer.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { requireNvcc } from '../helpers/nvcc.ts';
import { ptxasBeside, ptxDivRem, ptxStackFrames } from '../helpers/ptx.ts';

const ARCH = 90;
const EXAMPLES = fileURLToPath(new URL('../../examples', import.meta.url));
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.ts')).sort();

let dir: string;
const programs = new Map<string, Program>();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-cuda-ptx-'));
  for (const f of examples) programs.set(f, compileGraph(await loadNetwork(join(EXAMPLES, f))));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

/** The PTX file of `example` compiled for ARCH (the cache is off: nvcc runs). */
async function ptxOf(example: string, specialized: boolean): Promise<string> {
  const artifact = buildArtifact(programs.get(example)!, 'cuda', cudaKernelPrinter, { specialized });
  const out = join(dir, `${example}-${specialized ? 'specialised' : 'generic'}`);
  await compileCuda(artifact.sources, { out, archs: [ARCH], cache: false });
  return join(out, cudaBinaryFile(CUDA_UNIT, ARCH, 'ptx'));
}

describe(`PTX of the example networks (sm_${ARCH}, as compile --target cuda builds them)`, () => {
  it('the PTX reader finds divisions inside loops, and a stack frame, in a generic build', async () => {
    const file = await ptxOf('dtf_resnet.ts', false);
    const divs = ptxDivRem(await readFile(file, 'utf8'));
    expect(divs.reduce((a, d) => a + d.divRemInLoops, 0)).toBeGreaterThan(0);
    expect([...(await ptxStackFrames(ptxasBeside(requireNvcc()), file, ARCH)).values()].some((b) => b > 0)).toBe(true);
  }, 120_000);

  for (const example of examples) {
    it(`${example}: no div/rem in loops, no stack frames`, async () => {
      const file = await ptxOf(example, true);
      const ptx = await readFile(file, 'utf8');
      const divs = ptxDivRem(ptx);
      expect(divs.length).toBe(buildArtifact(programs.get(example)!, 'cuda', cudaKernelPrinter, { specialized: true }).manifest.modules.length);
      expect(divs.filter((d) => d.divRemInLoops > 0), 'entries dividing by a run-time value inside a loop').toEqual([]);
      const frames = await ptxStackFrames(ptxasBeside(requireNvcc()), file, ARCH);
      expect(frames.size).toBe(divs.length);
      expect([...frames].filter(([, bytes]) => bytes > 0), 'entries with a stack frame (arrays in local memory)').toEqual([]);
    }, 120_000);
  }
});
