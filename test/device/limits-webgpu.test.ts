// A run on WebGPU is refused before its inputs are drawn when one is larger than the adapter binds.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { SIZE_LIMIT } from '../../ir/tensor.ts';
import { adapterMaxBinding } from '../../runtime/webgpu/device.ts';
import { LIMIT_MS, sumGraph, timed } from '../helpers/big-graphs.ts';
import { expectOneLineError } from '../helpers/cli.ts';

const dir = await mkdtemp(join(tmpdir(), 'tempofuse-limits-'));
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

// one f32 element more than the adapter binds (SwiftShader: 1 GiB), where a tensor may be that large
const max = await adapterMaxBinding();
const n = Math.floor(max.bytes / 4) + 1;

it.skipIf(n > SIZE_LIMIT)('run --target webgpu refuses an input larger than the device binds, before drawing it', async () => {
  const path = join(dir, 'wide_input.tfir');
  await writeFile(path, sumGraph('input', 1, n));
  const { r, ms } = await timed('run', path, '--target', 'webgpu');
  expectOneLineError(r, new RegExp(`^error: LimitError: input 't0' \\(f32\\[${n}\\]\\) takes .+ on the device; .+ binds at most .+ per buffer \\(expected at most ${max.bytes} bytes, found ${4 * n} bytes\\)$`));
  expect(ms).toBeLessThan(LIMIT_MS);
});
