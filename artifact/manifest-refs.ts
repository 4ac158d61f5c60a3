// What refers to what in a manifest that has the schema's shape, checked before anything runs: every name
// a launch, module or kernel body uses is declared; every launch binds as many stored values as its kernel
// has buffers, writes only values computed by kernels, and covers exactly the elements of the value it
// computes with workgroups as the compiler counts them; every value's bytes are its shape's. So an edited
// manifest (a launch of 1e9 elements, a shape that disagrees with the kernels) is refused here, by a
// ManifestError naming the file and the JSON path, rather than run into a hang or a wrong answer.
import { byteSize } from '../ir/dtype.ts';
import { formatShape, numel } from '../ir/tensor.ts';
import type { Expr, Kernel, Stmt } from './kernel-ir.ts';
import { MAX_WORKGROUPS_PER_DIM, type ArtifactLaunch, type Manifest } from './manifest.ts';
import type { StoredValue } from './program.ts';
import { Site } from './schema.ts';

/** Workgroups (x, y, z) for `n` groups: (n, 1, 1) when it fits one dimension, else (limit, ceil(n / limit), 1);
 *  undefined when even that exceeds the limit. */
export function workgroupsFor(n: number, maxPerDim = MAX_WORKGROUPS_PER_DIM): [number, number, number] | undefined {
  if (n <= maxPerDim) return [Math.max(n, 1), 1, 1];
  const y = Math.ceil(n / maxPerDim);
  return y > maxPerDim ? undefined : [maxPerDim, y, 1];
}

/** Groups a launch of `total` needs: one per `workgroupSize` elements for 'flat' kernels, `total` for 'group'. */
export const groupsOf = (k: Pick<Kernel, 'mapping'>, total: number): number =>
  k.mapping.kind === 'flat' ? Math.ceil(total / k.mapping.workgroupSize) : total;

function unique<T>(items: readonly T[], key: (t: T) => string | number, at: (i: number) => Site, what: string): Map<string | number, number> {
  const seen = new Map<string | number, number>();
  items.forEach((t, i) => {
    const k = key(t);
    if (seen.has(k)) at(i).fail(`${what} ${JSON.stringify(k)} is declared twice`, 'unique', `also at index ${seen.get(k)}`);
    seen.set(k, i);
  });
  return seen;
}

/** Checks every reference of `m` (read from `file`); throws a ManifestError at the first that fails. */
export function checkManifestRefs(m: Manifest, file: string): void {
  const top = new Site(file);
  const kernels = unique(m.kernels, (k) => k.name, (i) => top.at('kernels').at(i).at('name'), 'kernel');
  unique(m.modules, (mod) => mod.name, (i) => top.at('modules').at(i).at('name'), 'module');
  const values = unique(m.values, (v) => v.node, (i) => top.at('values').at(i).at('node'), 'value of node');
  const valueOf = (node: number) => m.values[values.get(node)!];

  m.values.forEach((v, i) => {
    const bytes = numel(v.shape) * byteSize(v.dtype);
    if (v.bytes !== bytes) top.at('values').at(i).at('bytes').fail(`disagrees with ${v.dtype}${formatShape(v.shape)}`, `${bytes}`, `${v.bytes}`);
  });
  for (const role of ['inputs', 'params', 'outputs'] as const) {
    m[role].forEach((d, i) => {
      const at = top.at(role).at(i);
      const v = values.has(d.node) ? valueOf(d.node) : at.at('node').fail(`node ${d.node} is not a stored value`, 'a node of values[]', `${d.node}`);
      // (an output may be any stored value: an input or a parameter returned as it is keeps its role)
      const want = role === 'inputs' ? 'input' : role === 'params' ? 'param' : undefined;
      if (want && (v.role !== want || v.name !== d.name)) at.fail(`disagrees with the stored value of node ${d.node}`, `${want} '${d.name}'`, `${v.role} '${v.name ?? ''}'`);
      if (v.dtype !== d.dtype || formatShape(v.shape) !== formatShape(d.shape)) {
        at.fail(`type disagrees with the stored value of node ${d.node}`, `${v.dtype}${formatShape(v.shape)}`, `${d.dtype}${formatShape(d.shape)}`);
      }
    });
  }

  m.kernels.forEach((k, i) => checkKernel(k, top.at('kernels').at(i)));
  const covered = new Map<number, number>();
  m.modules.forEach((mod, i) => {
    const at = top.at('modules').at(i);
    if (!kernels.has(mod.kernel)) at.at('kernel').fail(`kernel '${mod.kernel}' is not declared`, 'a name of kernels[]', JSON.stringify(mod.kernel));
    const k = m.kernels[kernels.get(mod.kernel)!];
    if (mod.specialized && mod.specialized.length !== k.syms.length) at.at('specialized').fail(`kernel '${k.name}' has ${k.syms.length} uniforms`, `${k.syms.length} values`, `${mod.specialized.length}`);
    mod.launches.forEach((l, j) => {
      const lat = at.at('launches').at(j);
      if (l >= m.launches.length) lat.fail('launch index out of range', `below ${m.launches.length}`, `${l}`);
      if (covered.has(l)) lat.fail(`launch ${l} is also run by modules[${covered.get(l)}]`, 'one module per launch', `${l}`);
      covered.set(l, i);
      if (m.launches[l].kernel !== mod.kernel) lat.fail(`launch ${l} runs kernel '${m.launches[l].kernel}', the module kernel '${mod.kernel}'`, JSON.stringify(mod.kernel), JSON.stringify(m.launches[l].kernel));
      // a specialised module has the launch's uniforms in its source: the two must agree
      if (mod.specialized && mod.specialized.join(',') !== m.launches[l].syms.join(',')) {
        lat.fail(`launch ${l}'s uniforms disagree with the values the module was specialised for`, `[${mod.specialized.join(',')}]`, `[${m.launches[l].syms.join(',')}]`);
      }
    });
  });
  m.kernels.forEach((k, i) => {
    if (!m.modules.some((mod) => mod.kernel === k.name && mod.file === k.file)) top.at('kernels').at(i).at('file').fail(`no module of kernel '${k.name}' is in this file`, 'a file of modules[]', JSON.stringify(k.file));
  });
  m.launches.forEach((l, i) => {
    const at = top.at('launches').at(i);
    if (!kernels.has(l.kernel)) at.at('kernel').fail(`kernel '${l.kernel}' is not declared`, 'a name of kernels[]', JSON.stringify(l.kernel));
    if (!covered.has(i)) at.fail('no module runs this launch', 'a module listing it in modules[].launches', 'none');
    checkLaunch(l, m.kernels[kernels.get(l.kernel)!], at, (node) => (values.has(node) ? valueOf(node) : undefined));
  });
}

function checkLaunch(l: ArtifactLaunch, k: Kernel, at: Site, valueOf: (node: number) => StoredValue | undefined): void {
  if (l.bindings.length !== k.buffers.length) at.at('bindings').fail(`kernel '${k.name}' has ${k.buffers.length} buffers`, `${k.buffers.length} bindings`, `${l.bindings.length}`);
  const bound = l.bindings.map((node, b) => {
    const v = valueOf(node) ?? at.at('bindings').at(b).fail(`buffer '${k.buffers[b].name}' is bound to node ${node}, which is not a stored value`, 'a node of values[]', `${node}`);
    if (k.buffers[b].access === 'read_write' && v.role !== 'intermediate' && v.role !== 'output') {
      at.at('bindings').at(b).fail(`kernel '${k.name}' writes buffer '${k.buffers[b].name}', bound to ${v.role} node ${node}`, 'an intermediate or output', v.role);
    }
    return v;
  });
  if (l.syms.length !== k.syms.length) at.at('syms').fail(`kernel '${k.name}' has ${k.syms.length} uniforms`, `${k.syms.length} values`, `${l.syms.length}`);
  if (l.syms[0] !== l.total) at.at('syms').at(0).fail('the uniform total disagrees with the launch\'s total', `${l.total}`, `${l.syms[0]}`);
  // the launch computes its root (last fused node) over `total` invocations (or groups): one element
  // each, or a whole line along one axis (line kernels)
  const root = l.fuses.at(-1)?.id;
  const out = bound.find((v, b) => v.node === root && k.buffers[b].access === 'read_write');
  if (!out) return at.at('fuses').fail('the launch writes no buffer bound to its root (the last fused node)', `a written binding of node ${root ?? '?'}`, 'none');
  // (an accumulating kernel runs over its sources, which the manifest does not describe)
  if (k.buffers.some((b) => b.atomic)) return;
  const n = numel(out.shape);
  const tile = k.mapping.tile;
  if (tile) {
    // a tiled product: one workgroup per tile of rows x cols outputs (partial tiles at the edges)
    const least = Math.ceil(n / (tile.rows * tile.cols));
    if (!Number.isInteger(l.total) || l.total < least || l.total > n) {
      at.at('total').fail(`disagrees with the ${formatShape(out.shape)} elements of node ${out.node} it computes in ${tile.rows}x${tile.cols} tiles`, `between ${least} and ${n} tiles`, `${l.total}`);
    }
  } else {
    const line = n / l.total;
    if (!Number.isInteger(line) || (line !== 1 && !out.shape.includes(line))) {
      at.at('total').fail(`disagrees with the ${formatShape(out.shape)} elements of node ${out.node} it computes`, `${n}, or ${n} over one axis`, `${l.total}`);
    }
  }
  const groups = groupsOf(k, l.total);
  const wg = workgroupsFor(groups);
  if (!wg || wg.join(',') !== l.workgroups.join(',')) at.at('workgroups').fail(`disagree with the ${groups} workgroups of ${l.total} ${k.mapping.kind === 'flat' ? 'elements' : 'groups'}`, wg ? `[${wg.join(',')}]` : `at most ${MAX_WORKGROUPS_PER_DIM} per dimension`, `[${l.workgroups.join(',')}]`);
}

/** Every buffer, workgroup array and uniform the body names is the kernel's; only written buffers are
 *  stored to. Walked with a stack: an edited body can be as deep as it likes. */
function checkKernel(k: Kernel, at: Site): void {
  if (k.syms[0] !== 'total') at.at('syms').at(0).fail('the first uniform of a kernel is its total', '"total"', JSON.stringify(k.syms[0]));
  const buffers = new Map(k.buffers.map((b) => [b.name, b] as const));
  const shared = new Set(k.shared.map((s) => s.name));
  const syms = new Set(k.syms);
  const body = at.at('body');
  const stack: (Expr | Stmt)[] = [];
  const push = (c: unknown) => { for (const x of Array.isArray(c) ? c : [c]) stack.push(x as Expr | Stmt); };
  push(k.body);
  for (let s = stack.pop(); s; s = stack.pop()) {
    switch (s.k) {
      case 'load': case 'store': case 'accumulate': {
        if (!buffers.has(s.buf)) body.fail(`buffer '${s.buf}' is used but not declared in ${at.path}.buffers`, `one of ${[...buffers.keys()].join(', ')}`, JSON.stringify(s.buf));
        if (s.k !== 'load' && buffers.get(s.buf)!.access !== 'read_write') body.fail(`buffer '${s.buf}' is stored to but declared read-only`, 'read_write', 'read');
        // an atomic buffer is only accumulated into (WGSL declares it array<atomic<..>>)
        const atomic = buffers.get(s.buf)!.atomic === true;
        if (atomic !== (s.k === 'accumulate')) body.fail(`buffer '${s.buf}' is ${s.k === 'accumulate' ? 'accumulated into' : s.k === 'load' ? 'loaded' : 'stored to'}`, atomic ? 'accumulate only' : 'an atomic buffer', atomic ? s.k : 'a plain buffer');
        break;
      }
        break;
      case 'shared_load': case 'shared_store': case 'group_reduce':
        if (!shared.has(s.arr)) body.fail(`workgroup array '${s.arr}' is used but not declared in ${at.path}.shared`, `one of ${[...shared].join(', ') || 'none'}`, JSON.stringify(s.arr));
        break;
      case 'sym':
        if (!syms.has(s.name)) body.fail(`uniform '${s.name}' is used but not declared in ${at.path}.syms`, `one of ${[...syms].join(', ')}`, JSON.stringify(s.name));
        break;
    }
    for (const c of Object.values(s)) if (typeof c === 'object' && c !== null) push(c);
  }
}
