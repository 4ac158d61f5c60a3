// Checkpoints written by PyTorch for the checkpoint loader's tests (test/oracle/write_checkpoints.py), and
// the network they belong to: nn.Sequential(Conv2d(2, 3, 3), BatchNorm2d(3)) in eval mode.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { GraphBuilder } from '../../ir/builder.ts';
import type { Graph } from '../../ir/graph.ts';
import { init } from '../../ir/init.ts';
import { batchNorm } from '../../nn/norm.ts';
import { ParamMismatchError, type TempofuseError } from '../../ir/errors.ts';
import type { Declared } from '../../runtime/bindings.ts';
import { PYTHON } from './oracle.ts';

export interface ExpectedValues {
  /** The model's state dict, flattened row-major. */
  state_dict: Record<string, number[]>;
  /** dtypes.pth / dtypes.safetensors, as float64. */
  typed: Record<string, number[]>;
  x: number[];
  y: number[];
}

/** Writes the checkpoints into `dir` and returns the values they hold. */
export async function writeCheckpoints(dir: string): Promise<ExpectedValues> {
  await promisify(execFile)(PYTHON, [new URL('../oracle/write_checkpoints.py', import.meta.url).pathname, dir]);
  return JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as ExpectedValues;
}

/** x (1, 2, 5, 5) -> y (1, 3, 3, 3), parameters named as the PyTorch model's state dict. */
export function convBnGraph(): Graph {
  const b = new GraphBuilder('convbn');
  const x = b.input('x', 'f32', [1, 2, 5, 5]);
  const conv = b.scope('0', () => b.add(b.conv(x, b.param('weight', [3, 2, 3, 3], init.zeros())), b.reshape(b.param('bias', [3], init.zeros()), { shape: [1, 3, 1, 1] })));
  b.output('y', b.scope('1', () => batchNorm(b, conv, { features: 3, training: false }).y));
  return b.build();
}

export const failure = async (p: Promise<unknown>): Promise<TempofuseError> => p.then(() => { throw new Error('expected a failure'); }, (e: TempofuseError) => e);

/** A declaration per tensor of dtypes.pth / dtypes.safetensors. */
export const decl = (name: string, dtype: Declared['dtype'], shape: number[]): Declared => ({ name, dtype, shape });

/** The dtype conversions, for a file holding dtypes.pth's tensors in either format. */
export function dtypeCases(loadTyped: (d: readonly Declared[]) => Promise<{ tensors: Map<string, { dtype: string; shape: readonly number[]; data: ArrayLike<number> }> }>, typed: () => Record<string, number[]>): void {
  it('converts every PyTorch dtype to the declared one where no value changes beyond float rounding', async () => {
    const cases: [Declared, (v: number) => number][] = [
      [decl('f64', 'f32', [3]), Math.fround], [decl('bf16', 'f32', [3]), (v) => v], [decl('f16', 'f32', [3]), (v) => v],
      [decl('i64', 'i32', [3]), (v) => v], [decl('i32', 'i32', [2]), (v) => v], [decl('i16', 'i32', [2]), (v) => v],
      [decl('i8', 'i32', [2]), (v) => v], [decl('u8', 'u32', [2]), (v) => v], [decl('bool', 'bool', [3]), (v) => v],
      [decl('scalar', 'f32', []), (v) => v],
    ];
    const { tensors } = await loadTyped(cases.map(([d]) => d));
    for (const [d, round] of cases) {
      const t = tensors.get(d.name)!;
      expect([t.dtype, t.shape], d.name).toEqual([d.dtype, d.shape]);
      expect(Array.from(t.data), d.name).toEqual(typed()[d.name].map(round));
    }
  });

  it('refuses a conversion that would change a value, naming the tensor, what it holds and what is declared', async () => {
    const e = await failure(loadTyped([decl('f64_big', 'f32', [1]), decl('i64_big', 'i32', [1]), decl('f64', 'i32', [3]), decl('i64', 'f32', [3]), decl('u8', 'bool', [2])]));
    expect(e).toBeInstanceOf(ParamMismatchError);
    expect(e.message).toContain("param 'f64_big' holds the F64 value 1e+39, which overflows f32 (the network declares f32[1])");
    expect(e.message).toContain("param 'i64_big' holds the I64 value 2147483648, which i32 cannot hold (the network declares i32[1])");
    expect(e.message).toContain("param 'f64' holds F64 values, and i32 takes integer values only");
    expect(e.message).toContain("param 'i64' holds I64 values, and f32 takes floating-point values only");
    expect(e.message).toContain("param 'u8' holds U8 values, and bool takes BOOL only");
  });
}
