// Memory for a compiled program run on the CPU: one flat Float64Array per stored value, starting with
// the caller's inputs and parameters (checked like everywhere else) and the program's constants, rounded
// to their storage type as an upload to a device would.
import { roundF16 } from '../../ir/dtype.ts';
import type { Tensor } from '../../ir/tensor.ts';
import type { Program } from '../../artifact/program.ts';
import { checkBindings } from '../bindings.ts';

export function checkProgramBindings(program: Program, inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor>): Map<number, Float64Array> {
  const mem = new Map<number, Float64Array>();
  for (const [role, given] of [['input', inputs], ['param', params]] as const) {
    const declared = program.values.filter((v) => v.role === role);
    checkBindings(declared.map((v) => ({ ...v, name: v.name! })), role, given);
    for (const v of declared) mem.set(v.node, asStored(given.get(v.name!)!));
  }
  for (const [node, t] of program.constants) mem.set(node, asStored(t));
  return mem;
}

/** The values as a device buffer holds them: f32 (and c64 parts) rounded to f32, f16 to f16. */
function asStored(t: Tensor): Float64Array {
  if (t.dtype === 'f32' || t.dtype === 'c64') return Float64Array.from(t.data, Math.fround);
  if (t.dtype === 'f16') return Float64Array.from(t.data, roundF16);
  return Float64Array.from(t.data);
}
