// The seed blocks' backward kernels compile with nvcc without a warning (PTX and cubin for sm_80): one
// gradient case per block and variant (CUDA_GRAD_CASES of test/helpers/grad-block-cases.ts, compiled as
// the CPU and WebGPU gradient tests compile them), the kernels deduplicated and concatenated into one
// translation unit, one nvcc call (the kernels of every case make ~4 MB of source: many minutes of nvcc). nvcc needs no
// GPU; where it is missing the test fails and says so (as test/unit/cuda-nvcc.test.ts).
import { describe, expect, it } from 'vitest';
import { compileGraph } from '../../codegen/compile.ts';
import { CUDA_GRAD_CASES } from '../helpers/grad-block-cases.ts';
import { prepareBlock } from '../helpers/grad-blocks.ts';
import { compileUnits, requireNvcc, UnitSet } from '../helpers/nvcc.ts';

const set = new UnitSet();
const { units } = set;
for (const c of CUDA_GRAD_CASES) {
  for (const k of compileGraph(prepareBlock(c).backward).kernels) {
    set.add(k, `backward of ${c.id}: ${k.name}`);
  }
}

describe('the blocks\' backward kernels compile with nvcc (sm_80; no warnings)', () => {
  it(`one translation unit of ${units.length} kernels from ${CUDA_GRAD_CASES.length} backward graphs`, async () => {
    const r = await compileUnits(requireNvcc(), units, [80]);
    expect(r.ok, r.log).toBe(true);
    console.log(`nvcc: ${units.length} backward kernels in ${(r.ms / 1000).toFixed(1)} s`);
  }, 600_000);
});
