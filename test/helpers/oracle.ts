// Runs single-op cases through the PyTorch oracle (test/oracle/run_ops.py under /usr/bin/python3),
// many cases per Python process, exchanging tensors as .safetensors.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DType } from '../../ir/dtype.ts';
import type { Tensor } from '../../ir/tensor.ts';
import { encodeSafetensors, loadSafetensors } from '../../io/safetensors.ts';

const run = promisify(execFile);
export const PYTHON = '/usr/bin/python3';

export interface OracleCase {
  id: string;
  op: string;
  attrs: Record<string, unknown>;
  inputs: Tensor[];
  dtype: DType;
}

export interface OracleResult {
  outputs: Map<string, Tensor>;
  errors: Record<string, string>;
}

/** Run a batch through an oracle script of test/oracle/ (the protocol of test/oracle/batch.py): cases.json and
 *  inputs.safetensors in a temporary folder, outputs.safetensors and errors.json back. */
export async function runPythonBatch(script: string, cases: readonly unknown[], tensors: ReadonlyMap<string, Tensor>): Promise<OracleResult> {
  const dir = await mkdtemp(join(tmpdir(), 'tempofuse-oracle-'));
  try {
    await writeFile(join(dir, 'cases.json'), JSON.stringify(cases));
    await writeFile(join(dir, 'inputs.safetensors'), encodeSafetensors(tensors));
    await run(PYTHON, [new URL(`../oracle/${script}`, import.meta.url).pathname, dir], { maxBuffer: 64 << 20 });
    const outputs = (await loadSafetensors(join(dir, 'outputs.safetensors'))).tensors;
    const errors = JSON.parse(await readFile(join(dir, 'errors.json'), 'utf8')) as Record<string, string>;
    return { outputs, errors };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function runOracle(cases: readonly OracleCase[]): Promise<OracleResult> {
  const tensors = new Map<string, Tensor>();
  const json = cases.map((c) => {
    const keys = c.inputs.map((t, i) => {
      const k = `${c.id}/x${i}`;
      tensors.set(k, t);
      return k;
    });
    return { id: c.id, op: c.op, attrs: c.attrs, inputs: keys, dtype: c.dtype };
  });
  return runPythonBatch('run_ops.py', json, tensors);
}
