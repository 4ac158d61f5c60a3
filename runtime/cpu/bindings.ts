// Memory for a compiled program run on the CPU: one flat Float64Array per stored value, starting with
// the caller's inputs and parameters (checked like everywhere else) and the program's constants.
import type { Tensor } from '../../ir/tensor.ts';
import type { Program } from '../../codegen/compile.ts';
import { checkBindings } from '../bindings.ts';

export function checkProgramBindings(program: Program, inputs: ReadonlyMap<string, Tensor>, params: ReadonlyMap<string, Tensor>): Map<number, Float64Array> {
  const mem = new Map<number, Float64Array>();
  for (const [role, given] of [['input', inputs], ['param', params]] as const) {
    const declared = program.values.filter((v) => v.role === role);
    checkBindings(declared.map((v) => ({ ...v, name: v.name! })), role, given);
    for (const v of declared) mem.set(v.node, Float64Array.from(given.get(v.name!)!.data));
  }
  for (const [node, t] of program.constants) mem.set(node, Float64Array.from(t.data));
  return mem;
}
