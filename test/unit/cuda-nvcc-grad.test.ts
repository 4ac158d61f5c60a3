// The seed blocks' backward kernels compile with nvcc without a warning (PTX and cubin for sm_80): one
// gradient case per block and variant (CUDA_GRAD_CASES of test/helpers/grad-block-cases.ts, compiled as
// the CPU and WebGPU gradient tests compile them), the kernels deduplicated and concatenated into one
// translation unit, one nvcc call (the kernels of every case make ~4 MB of source: many minutes of nvcc). nvcc needs no
// GPU; where it is missing the test fails and says so (as test/unit/cuda-nvcc.test.ts).
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { printCuda } from '../../codegen/cuda/printer.ts';
import { CUDA_GRAD_CASES } from '../helpers/grad-block-cases.ts';
import { prepareBlock } from '../helpers/grad-blocks.ts';
import { compileUnits, requireNvcc, type Unit } from '../helpers/nvcc.ts';

const units: Unit[] = [];
const seen = new Set<string>();
for (const c of CUDA_GRAD_CASES) {
  for (const k of compileGraph(prepareBlock(c).backward).kernels) {
    const key = JSON.stringify({ ...k, name: '' });
    if (seen.has(key)) continue;
    seen.add(key);
    const name = `u${units.length}_${k.name}`;
    const origin = `backward of ${c.id}: ${k.name}`;
    units.push({ kernel: name, origin, source: printCuda({ ...k, name }, { comment: origin }) });
  }
}

describe('the blocks\' backward kernels compile with nvcc (sm_80; no warnings)', () => {
  it(`one translation unit of ${units.length} kernels from ${CUDA_GRAD_CASES.length} backward graphs`, async () => {
    const r = await compileUnits(requireNvcc(), units, [80]);
    expect(r.ok, r.log).toBe(true);
    console.log(`nvcc: ${units.length} backward kernels in ${(r.ms / 1000).toFixed(1)} s`);
  }, 600_000);
});
