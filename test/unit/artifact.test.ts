import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildArtifact, programOf } from '../../codegen/artifact.ts';
import { readArtifact } from '../../artifact/read.ts';
import { writeArtifact } from '../../artifact/write.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { cudaKernelPrinter } from '../../codegen/cuda/printer.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { printGraph } from '../../ir/text.ts';

describe('artifact folders', () => {
  it('round-trip the whole program, non-finite kernel constants and the graph included', async () => {
    const b = new GraphBuilder('pool');
    const x = b.input('x', 'f32', [1, 2, 5, 5]);
    b.output('y', b.maxpool(x, { kernel: [3, 3], padding: [1, 1] }));
    const program = compileGraph(b.build());
    expect(JSON.stringify(program.kernels)).toContain('null'); // JSON alone would lose the -inf of maxpool
    const dir = await mkdtemp(join(tmpdir(), 'tempofuse-artifact-'));
    try {
      await writeArtifact(dir, buildArtifact(program, 'cuda', cudaKernelPrinter));
      const back = programOf(await readArtifact(dir));
      expect(back.kernels).toEqual(program.kernels);
      expect(back.launches).toEqual(program.launches);
      expect(printGraph(back.graph!)).toBe(printGraph(program.graph!));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
