// The lowering table (codegen/lower/) against the op registry (ir/ops/): every op a kernel can compute has
// a lowering and every lowering belongs to an op, so adding an op without its lowering fails here. And
// ir/ stands alone: no module of it imports anything outside ir/ (the code generator, the runtimes).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOWERINGS, lookupLowering } from '../../codegen/lower/index.ts';
import { InternalError } from '../../ir/errors.ts';
import { OP_NAMES, OPS } from '../../ir/ops/index.ts';

const isSource = (op: string) => (OPS as Record<string, { source?: boolean }>)[op].source === true;

describe('lowering table', () => {
  it('every registry op but the source ops has a lowering', () => {
    expect(OP_NAMES.filter((op) => !isSource(op) && !LOWERINGS.has(op))).toEqual([]);
  });

  it('every lowering names a registry op that is not a source op', () => {
    expect([...LOWERINGS.keys()].filter((op) => !OP_NAMES.includes(op) || isSource(op))).toEqual([]);
  });

  it('asking for the lowering of an op without one is a compiler bug', () => {
    expect(() => lookupLowering('input', { node: '%0 = input' })).toThrow(InternalError);
    expect(() => lookupLowering('input')).toThrow(/op 'input' has no lowering/);
    expect(lookupLowering('add')).toBe(LOWERINGS.get('add'));
  });
});

const ROOT = resolve(import.meta.dirname, '../..');
const IR = join(ROOT, 'ir');

/** The module specifiers a TypeScript file imports statically or dynamically (import, export ... from,
 *  import type, import()), found by pattern: enough for this repository's plain import statements. */
function importsOf(text: string): string[] {
  const patterns = [
    /^\s*(?:import|export)\b[^;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
    /^\s*import\s*['"]([^'"]+)['"]/gm,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1]));
}

/** Walk the import graph from `roots`: every edge that leaves ir/ (a relative path resolving outside it,
 *  or a package other than a node: built-in), as "file -> specifier", and every file reached. */
function walkIr(roots: readonly string[]): { leaving: string[]; reached: Set<string> } {
  const leaving: string[] = [];
  const reached = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const spec of importsOf(readFileSync(file, 'utf8'))) {
      const where = `${relative(ROOT, file)} -> ${spec}`;
      if (!spec.startsWith('.')) {
        if (!spec.startsWith('node:')) leaving.push(where);
        continue;
      }
      const target = resolve(dirname(file), spec);
      if (relative(IR, target).startsWith('..')) leaving.push(where);
      else pending.push(target);
    }
  }
  return { leaving, reached };
}

describe('ir/ stands alone', () => {
  const files = readdirSync(IR, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => join(IR, f));

  it('finds every kind of import statement', () => {
    const text = "import {\n  a,\n  b,\n} from '../codegen/kir.ts';\nexport { c } from '../runtime/x.ts';\n" +
      "import type { D } from './d.ts';\nimport './side.ts';\nconst e = await import('../cli/e.ts');\n";
    expect(importsOf(text).sort()).toEqual(['../cli/e.ts', '../codegen/kir.ts', '../runtime/x.ts', './d.ts', './side.ts']);
  });

  it('no module of ir/ imports codegen/, runtime/ or anything else outside ir/', () => {
    expect(walkIr(files).leaving).toEqual([]);
    // the walk follows the edges it finds: the builder reaches every op family through the registry
    expect(walkIr([join(IR, 'builder.ts')]).reached).toContain(join(IR, 'ops', 'conv.ts'));
  });
});
