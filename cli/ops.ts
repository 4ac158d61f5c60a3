// `tempofuse ops`: the registry, op by op: signature, meaning, and each attribute with its default.
import type { Command } from 'commander';
import { show } from '../ir/attrs.ts';
import { lookupOp } from '../ir/graph.ts';
import { OP_NAMES } from '../ir/ops/index.ts';
import type { OpDef } from '../ir/registry.ts';
import { print } from './common.ts';

export function register(program: Command): void {
  program.command('ops')
    .description('list the ops of the registry with their inputs, attributes (and defaults) and meaning')
    .argument('[op...]', 'only these ops (default: all)')
    .action((names: string[]) => {
      print((names.length ? names : OP_NAMES).map((n) => describeOp(lookupOp(n))).join('\n'));
    });
}

function describeOp(def: OpDef): string {
  const inputs = def.arity === 'variadic' ? `${def.inputs[0]}...` : def.inputs.join(', ');
  const attrs = Object.entries(def.attrs);
  const width = Math.max(0, ...attrs.map(([k]) => k.length));
  return [
    `${def.name}(${inputs})${def.source ? '  [source op: no inputs]' : ''}`,
    `    ${def.doc}`,
    ...attrs.map(([k, s]) => `    ${k.padEnd(width)}  ${s.describe}${s.fallback ? `; default ${show(s.fallback.value)}` : ''}`),
  ].join('\n') + '\n';
}
