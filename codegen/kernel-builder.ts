// Builds the kernel IR of one planned kernel: the root's value at the invocation's multi-index, with
// fused members computed inline and stored values loaded. Every value and every local is placed in the
// outermost scope where what it reads is defined (loop-invariant code leaves its loops; nothing leaves
// a branch). Tiled kernels (fuse.ts rule 6b) compute a product through tiled-gemm.ts, the root's
// epilogue at each output of an invocation's block. Site kernels (fuse.ts rule 5) compute their table
// members into register arrays, once per invocation, and write the ones that are also stored (the side
// outputs out1, out2, ...). Names are stable (buffers in0.., out; locals named after the op and node;
// uniforms after the tensor or node they describe), so the same graph always prints the same source, and
// kernels that differ only in sizes print alike.
import { InternalError, SizeError } from '../ir/errors.ts';
import type { Graph, Node } from '../ir/graph.ts';
import { stridesOf, numel, SIZE_LIMIT } from '../ir/tensor.ts';
import * as x from './kexpr.ts';
import type { Expr, KBuffer, Kernel, KType, Mapping, SharedArray, Stmt } from './kir.ts';
import { collectVars, mapChildren, typeOf, writesRead } from './kir.ts';
import type { KernelPlan } from './fuse.ts';
import { isLiteralConst } from './read-patterns.ts';
import type { TrapCode } from '../artifact/kernel-ir.ts';
import { ktypeOf, type LowerCtx, type Mutable } from './lowering.ts';
import { withAxis } from './index-math.ts';
import { numberValues, type ValueGroup } from './value-numbering.ts';
import { lookupLowering } from './lower/index.ts';
import { emitTiledGemm, TILE_INVOCATIONS, tileCount, type TileHost } from './tiled-gemm.ts';

export const FLAT_WORKGROUP = 64;
export const GROUP_WORKGROUP = 256;

export interface BuiltKernel {
  readonly kernel: Omit<Kernel, 'name'>;
  /** Values of kernel.syms, in order. */
  readonly symValues: readonly number[];
  /** Node ids bound to kernel.buffers, in order (the status buffer, if any, is not a node). */
  readonly bindings: readonly number[];
  /** Elements (flat) or workgroups (group) to launch. */
  readonly total: number;
}

/** The storage type of a graph value's buffer. */
export const storageOf = (n: Node): KType => (n.type.dtype === 'bool' ? 'u32' : n.type.dtype);

/** A register array's size is part of the code: sizes round up to a power of two so that kernels whose
 *  lengths (uniforms) differ a little share one pipeline. */
const capacity = (n: number): number => 2 ** Math.ceil(Math.log2(Math.max(n, 1)));

/** Lines of at most this length are computed straight-line: a line kernel's positions are literals. */
export const UNROLL_LINE_MAX = 64;
/** Loops with a literal trip count (a window's taps) of at most this many iterations are unrolled. */
export const UNROLL_LOOP_MAX = 8;

interface Scope {
  readonly stmts: Stmt[];
  readonly memo: Map<string, Expr>;
  readonly groups: Map<string, ValueGroup>;
  readonly parent: number;
  readonly kind: 'root' | 'loop' | 'branch';
  /** A branch's condition (the negated test for an else branch). */
  readonly cond?: Expr;
}

export function buildKernel(g: Graph, plan: KernelPlan): BuiltKernel {
  return new KernelBuilder(g, plan).build();
}

class KernelBuilder implements LowerCtx, TileHost {
  // Statements go into scopes (the body, loop bodies, branches) that form a tree; `at` receives emitted
  // statements. Each scope memoises the node values computed in it.
  private scopes: Scope[] = [{ stmts: [], memo: new Map(), groups: new Map(), parent: -1, kind: 'root' }];
  private at = 0;
  /** The scope each local was declared in, and which locals are mutable. */
  private declaredIn = new Map<string, number>();
  private mutables = new Set<string>();
  private symNames: string[] = [];
  private symValues: number[] = [];
  private buffers: KBuffer[] = [];
  private bindings: number[] = [];
  private shared: SharedArray[] = [];
  private names = new Map<string, number>();
  private localIndex = new Map<number, number>();
  private current: Node | undefined;
  private traps = false;
  /** Table members whose table is being filled: their values are computed, not read back. */
  private filling = new Set<number>();
  private readonly mapping: Mapping;

  constructor(private g: Graph, private plan: KernelPlan) {
    // locals never shadow buffers, builtins or the uniform struct
    const outs = (plan.writes ?? []).map((_, i) => `out${i + 1}`);
    for (const r of ['out', ...outs, 'status', 'gid', 'wid', 'lid', 'lane', 'u', 'p', ...plan.reads.map((_, i) => `in${i}`)]) this.names.set(r, 1);
    this.mapping = plan.group !== undefined ? { kind: 'group', workgroupSize: GROUP_WORKGROUP }
      : plan.tile !== undefined ? { kind: 'group', workgroupSize: TILE_INVOCATIONS, tile: { rows: plan.tile.rows, cols: plan.tile.cols } }
        : { kind: 'flat', workgroupSize: FLAT_WORKGROUP };
  }

  build(): BuiltKernel {
    const root = this.g.nodes[this.plan.root];
    const shape = root.type.shape;
    const line = this.plan.lineAxis;
    // an accumulating kernel runs over its sources; with a line mapping each invocation computes a whole
    // line of the root along that axis
    const sources = this.plan.scatter ? this.g.nodes[root.inputs[0]].type.shape : undefined;
    const tiled = this.plan.tile && { ...this.plan.tile, form: this.gemmOf(this.g.nodes[this.plan.tile.member]) };
    const total = tiled ? tileCount(tiled.form, tiled) : sources ? numel(sources) : line === undefined ? numel(shape) : numel(shape) / shape[line];
    this.symNames.push('total');
    this.symValues.push(total);
    for (const id of this.plan.reads) this.bufferFor(id);
    const flat: Expr = { k: 'builtin', name: this.mapping.kind === 'group' ? 'wid' : 'gid' };
    if (tiled) emitTiledGemm(this, tiled.member, tiled.form, tiled);
    else if (sources) this.accumulateRoot(root, this.unravel(flat, sources, 'src'));
    else if (line === undefined) this.storeOutputs(this.unravel(flat, shape, 'out'), flat);
    else {
      const outer = this.unravel(flat, shape.map((d, k) => (k === line ? 1 : d)), 'line');
      const strides = this.stridesOf(this.bufferFor(root.id, 'read_write'), shape);
      const position = (pos: Expr) => {
        const idx = withAxis(outer, line, pos);
        this.storeOutputs(idx, x.dot(idx, strides));
      };
      // short lines of line ops are straight-line code: every position, and so every register index, a
      // literal (site kernels keep their loop: their tables are indexed by it)
      if (this.plan.tables === undefined && shape[line] <= UNROLL_LINE_MAX) {
        for (let p = 0; p < shape[line]; p++) position(x.i32(p));
      } else this.loop(this.symNamed(`out_d${line}`, shape[line]), position, { hint: 'pos' });
    }
    return {
      kernel: {
        buffers: this.buffers, syms: this.symNames, shared: this.shared, mapping: this.mapping,
        traps: this.traps, body: this.scopes[0].stmts,
      },
      symValues: this.symValues, bindings: this.bindings, total,
    };
  }

  /** The root's value at `idx` stored at `flat`, and so each sibling's (rule 9: values of the root's
   *  shape the kernel also writes; a site kernel's tables write themselves as they are filled). */
  private storeOutputs(idx: readonly Expr[], flat: Expr): void {
    // (a sibling's shape is the root's up to size-1 axes, whose index is 0)
    const shape = this.g.nodes[this.plan.root].type.shape;
    const along = idx.filter((_, k) => shape[k] !== 1);
    for (const id of [this.plan.root, ...this.plan.writes ?? []]) {
      if (this.plan.tables?.has(id)) continue;
      const n = this.g.nodes[id];
      let k = 0;
      const at = id === this.plan.root ? idx : n.type.shape.map((d) => (d === 1 ? x.i32(0) : along[k++]));
      this.emitStore(this.bufferFor(id, 'read_write'), flat, this.toStorage(n, this.value(id, at)));
    }
  }

  /** An accumulating kernel's body (fuse.ts rule 8): the root's atomic lowering at one source element. */
  private accumulateRoot(root: Node, idx: readonly Expr[]): void {
    const out = this.bufferFor(root.id, 'read_write', true);
    const strides = this.stridesOf(out, root.type.shape);
    const lower = lookupLowering(root.op, { node: `%${root.id} = ${root.op}`, loc: root.loc });
    if (!lower.scatter) throw new InternalError('planned as an atomic scatter, but the op has no atomic lowering', { node: `%${root.id} = ${root.op}`, loc: root.loc });
    this.current = root;
    lower.scatter(this, idx, root.attrs as never, root.inputs.map((i) => this.g.nodes[i].type),
      (at, value) => this.emit({ k: 'accumulate', buf: out, index: x.dot(at, strides), value }));
    this.current = undefined;
  }

  /** The product form of a node planned as a tiled kernel. */
  private gemmOf(n: Node) {
    const form = lookupLowering(n.op, { node: `%${n.id} = ${n.op}`, loc: n.loc }).gemm?.(n.inputs.map((i) => this.g.nodes[i].type), n.attrs as never, n.type);
    if (!form) throw new InternalError('planned as a tiled product, but the op has no product form here', { node: `%${n.id} = ${n.op}`, loc: n.loc });
    return form;
  }

  // ---- TileHost -------------------------------------------------------------------------------------

  lowering<T>(node: number, fn: () => T): T {
    const saved = this.current;
    this.current = this.g.nodes[node];
    try { return fn(); } finally { this.current = saved; }
  }

  named(name: string, value: number): Expr {
    return this.symNamed(name, value);
  }

  sharedArray(hint: string, t: KType, size: number): string {
    const name = this.fresh(hint);
    this.shared.push({ name, t, size });
    return name;
  }

  storeAt(idx: readonly Expr[], value: Expr): void {
    const root = this.g.nodes[this.plan.root];
    const member = this.plan.tile!.member;
    // the epilogue's lowerings read the product at this index (they are pointwise): its value is known
    if (member !== root.id) this.scopes[this.at].memo.set(`${member}@${JSON.stringify(idx)}`, value);
    const v = member === root.id ? value : this.value(root.id, idx);
    const out = this.bufferFor(root.id, 'read_write');
    this.emitStore(out, x.dot(idx, this.stridesOf(out, root.type.shape)), this.toStorage(root, v));
  }

  // ---- LowerCtx ------------------------------------------------------------------------------------

  input(i: number, idx: readonly Expr[]): Expr {
    const node = this.current!;
    const id = node.inputs[i];
    const n = this.g.nodes[id];
    if (idx.length !== n.type.shape.length) {
      throw new InternalError(`the lowering indexed input ${i} (rank ${n.type.shape.length}) with ${idx.length} indices`, { node: `%${node.id} = ${node.op}`, loc: node.loc });
    }
    return this.value(id, idx);
  }

  inputFlat(i: number, flat: Expr, idx: () => readonly Expr[]): Expr {
    const n = this.g.nodes[this.current!.inputs[i]];
    // a stored value's buffer is row-major in its own shape
    return this.loaded(n.id) ? this.load(n, flat) : this.input(i, idx());
  }

  sym(value: number, hint: string): Expr {
    const owner = this.current ? `${this.localName(this.current)}_` : '';
    return this.symNamed(`${owner}${hint}`, value);
  }

  count(value: number, hint: string): Expr {
    return value <= UNROLL_LOOP_MAX ? x.i32(value) : this.sym(value, hint);
  }

  let(value: Expr, hint: string): Expr {
    if (value.k === 'var' || value.k === 'const' || value.k === 'sym' || value.k === 'builtin') return value;
    // the same value bound where this one would be visible is reused (positions of an unrolled line read
    // the same neighbours; a window's taps recompute the same bounds), unless it reads a mutable or memory
    // the kernel writes (either may change in between)
    const read = new Set<string>();
    collectVars(value, read);
    const pure = ![...read].some((v) => this.mutables.has(v)) && !writesRead(value, this.buffers);
    const key = `let ${JSON.stringify(value)}`;
    const hit = pure ? this.visible((s) => s.memo.get(key)) : undefined;
    if (hit) return hit;
    const name = this.fresh(hint);
    const t = typeOf(value);
    // bound where its inputs are: out of every loop it does not depend on (a load of memory the kernel
    // writes stays where it is: a loop may write it in between)
    const saved = this.at;
    if (!writesRead(value, this.buffers)) this.at = this.hoistTarget([value]);
    this.emit({ k: 'let', name, t, init: value, mutable: false });
    if (pure) this.scopes[this.at].memo.set(key, x.v(name, t));
    this.at = saved;
    return x.v(name, t);
  }

  table(key: string, t: KType, size: number, length: Expr, element: (i: Expr) => Expr): (i: Expr) => Expr {
    const arr = this.registers(`table ${key}`, `${key.split(' ')[0]}_table`, t, size, [length], length, element, 'e');
    return (i) => ({ k: 'reg_load', arr, index: i, t });
  }

  line(i: number, idx: readonly Expr[], axis: number, length: number): (position: Expr) => Expr {
    const id = this.current!.inputs[i];
    const n = this.g.nodes[id];
    const t = ktypeOf(n.type.dtype);
    const base = withAxis(idx, axis, x.i32(0));
    const arr = this.registers(`line ${id}@${axis}@${JSON.stringify(base)}`, `${n.op}_line`, t, length, base,
      this.sym(length, `line${i}`), (p) => this.input(i, withAxis(idx, axis, p)), 'p');
    return (position) => ({ k: 'reg_load', arr, index: position, t });
  }

  group(key: string, fixed: readonly Expr[], compute: () => readonly Expr[]): (i: number) => Expr {
    const node = this.current!;
    const full = `${node.id} ${key}`;
    let found = this.visible((s) => s.groups.get(full));
    if (!found) {
      const saved = this.at;
      this.at = this.hoistTarget(fixed);
      const values = compute();
      const numbers = new Map<Expr, number>(), table = new Map<string, number>(), uses: number[] = [];
      values.forEach((v) => numberValues(v, numbers, table, uses));
      found = { scope: this.at, values, numbers, uses, bound: new Map(), hint: `${this.localName(node)}_v` };
      this.scopes[this.at].groups.set(full, found);
      this.at = saved;
    }
    const grp = found;
    return (i) => {
      const saved = this.at;
      this.at = grp.scope;
      try { return this.bindShared(grp, grp.values[i]); } finally { this.at = saved; }
    };
  }

  mutable(init: Expr, hint: string): Mutable {
    const name = this.fresh(hint);
    const t = typeOf(init);
    this.emit({ k: 'let', name, t, init, mutable: true });
    this.mutables.add(name);
    return { ref: x.v(name, t), set: (value) => this.emit({ k: 'assign', name, value }) };
  }

  loop(end: Expr, body: (v: Expr) => void, opts: { start?: Expr; step?: Expr; hint?: string } = {}): void {
    const [start, step] = [opts.start ?? x.i32(0), opts.step ?? x.i32(1)];
    if (end.k === 'const' && start.k === 'const' && step.k === 'const' && step.v > 0 && (end.v - start.v) / step.v <= UNROLL_LOOP_MAX) {
      for (let v = start.v; v < end.v; v += step.v) body(x.i32(v));
      return;
    }
    const name = this.fresh(opts.hint ?? 'i');
    const stmts = this.scoped('loop', () => {
      this.declaredIn.set(name, this.at);
      body(x.v(name, 'i32'));
    });
    this.emit({ k: 'for', v: name, start, end, step, body: stmts });
  }

  when(cond: Expr, then: () => void, otherwise?: () => void): void {
    const t = this.scoped('branch', then, cond);
    const e = otherwise ? this.scoped('branch', otherwise, x.not(cond)) : undefined;
    this.emit({ k: 'if', cond, then: t, else: e });
  }

  trap(code: TrapCode): void {
    this.traps = true;
    this.emit({ k: 'trap', code });
  }

  reduce(count: Expr, init: Expr, combine: (acc: Expr, v: Expr) => Expr, element: (r: Expr) => Expr): Expr {
    const cooperative = this.mapping.kind === 'group' && this.current?.id === this.plan.group;
    const acc = this.mutable(init, 'acc');
    const lid: Expr = { k: 'builtin', name: 'lid' };
    const size = x.i32(this.mapping.workgroupSize);
    this.loop(count, (r) => acc.set(combine(acc.ref, element(r))), cooperative ? { start: lid, step: size, hint: 'r' } : { hint: 'r' });
    if (!cooperative) return acc.ref;
    // the partials combined over the workgroup in tree order (kir.ts); every invocation takes part
    const t = typeOf(init);
    const arr = this.fresh('partial');
    this.shared.push({ name: arr, t, size: this.mapping.workgroupSize });
    const [lhs, rhs, name] = [this.fresh('lhs'), this.fresh('rhs'), this.fresh('reduced')];
    this.emit({ k: 'group_reduce', name, t, value: acc.ref, arr, lhs, rhs, combine: combine(x.v(lhs, t), x.v(rhs, t)) });
    return x.v(name, t);
  }

  /** A group's tree `e` over bound children, itself bound to a local when the group uses it twice. */
  private bindShared(grp: ValueGroup, e: Expr): Expr {
    const n = grp.numbers.get(e)!;
    const hit = grp.bound.get(n);
    if (hit) return hit;
    const rebuilt = mapChildren(e, (c) => this.bindShared(grp, c));
    const r = grp.uses[n] > 1 ? this.let(rebuilt, grp.hint) : rebuilt;
    grp.bound.set(n, r);
    return r;
  }

  /** A register array of `length` (at most `size`) elements, element(p) at p, filled where nothing in
   *  `fixed` varies (once per invocation when that is the kernel's body); equal keys share one array.
   *  An array may leave a loop from inside a branch of it whose test the loop does not change: it is
   *  declared outside the loop and filled under the same tests (so a site kernel's line loop does not
   *  refill, per position, tables that only its guarded branch reads). */
  private registers(
    key: string, hint: string, t: KType, size: number, fixed: readonly Expr[], length: Expr, element: (p: Expr) => Expr, loopHint: string,
  ): string {
    const { scope, guards } = this.hoistPlan(fixed, true);
    const guardedKey = guards.length ? `${key} if ${JSON.stringify(guards)}` : key;
    const hit = this.visible((s) => s.memo.get(guardedKey));
    if (hit?.k === 'var') return hit.name;
    const saved = this.at;
    this.at = scope;
    const name = this.fresh(hint);
    this.emit({ k: 'reg_array', name, t, size: capacity(size) });
    const fill = (g: number): void => {
      if (g < guards.length) this.when(guards[g], () => fill(g + 1));
      else this.loop(length, (p) => this.emit({ k: 'reg_store', arr: name, index: p, value: element(p) }), { hint: loopHint });
    };
    fill(0);
    this.scopes[scope].memo.set(guardedKey, x.v(name, t));
    this.at = saved;
    return name;
  }

  // ---- values --------------------------------------------------------------------------------------

  /** The value of node `id` at `idx`: a load if it is stored (or a literal const), else its lowering,
   *  computed once per scope and hoisted out of every loop it does not depend on. */
  private value(id: number, idx: readonly Expr[]): Expr {
    const n = this.g.nodes[id];
    if (n.op === 'const' && isLiteralConst(n)) return this.literal(n);
    if (this.loaded(id)) return this.load(n, x.dot(idx, this.stridesOf(this.bufferFor(id), n.type.shape)));
    const axis = this.plan.tables?.get(id);
    if (axis !== undefined && !this.filling.has(id)) return this.tabulated(n, idx, axis);
    const key = `${id}@${JSON.stringify(idx)}`;
    const hit = this.visible((s) => s.memo.get(key));
    if (hit) return hit;
    if (id === this.plan.tile?.member) throw new InternalError('a tiled product read at an index its tile does not hold', { node: `%${id} = ${n.op}`, loc: n.loc });
    const lower = lookupLowering(n.op, { node: `%${id} = ${n.op}`, loc: n.loc });
    const name = this.localName(n);
    const [savedNode, savedAt] = [this.current, this.at];
    this.current = n;
    this.at = this.hoistTarget(idx);
    let v = lower.emit(this, idx, n.attrs as never, n.inputs.map((i) => this.g.nodes[i].type), n.type);
    if (n.type.dtype === 'f16') v = x.call('round_f16', [v]);
    const bound = this.let(v, name);
    this.scopes[this.at].memo.set(key, bound);
    [this.current, this.at] = [savedNode, savedAt];
    return bound;
  }

  /** A node's name in this kernel: its op and its position among the nodes the kernel computes (not its
   *  node id, so equal kernels of different nodes print alike). */
  private localName(n: Node): string {
    if (!this.localIndex.has(n.id)) this.localIndex.set(n.id, this.localIndex.size);
    return `${n.op}${this.localIndex.get(n.id)}`;
  }

  /** A site kernel's table member: its line along `axis` at the other indices of `idx`, computed into
   *  registers where those indices are fixed (once per invocation) and, for a value the kernel also
   *  writes, stored as it is computed. */
  private tabulated(n: Node, idx: readonly Expr[], axis: number): Expr {
    const t = ktypeOf(n.type.dtype);
    const name = this.localName(n);
    const base = withAxis(idx, axis, x.i32(0));
    const write = this.plan.writes?.includes(n.id) ? this.bufferFor(n.id, 'read_write') : undefined;
    const arr = this.registers(`tab ${n.id}@${JSON.stringify(base)}`, `${name}_tab`, t, n.type.shape[axis], base,
      this.symNamed(`${name}_tabn`, n.type.shape[axis]), (p) => {
        const at = withAxis(idx, axis, p);
        this.filling.add(n.id);
        const v = this.value(n.id, at);
        this.filling.delete(n.id);
        if (write) this.emitStore(write, x.dot(at, this.stridesOf(write, n.type.shape)), this.toStorage(n, v));
        return v;
      }, 'k');
    return { k: 'reg_load', arr, index: idx[axis], t };
  }

  /** The outermost scope a value at `idx` can be computed in: leave loop scopes while every local the
   *  index reads stays visible; never leave a branch (the value may only be valid, or only affordable,
   *  there), and never move code that reads a mutable (it may change inside the loop). */
  private hoistTarget(idx: readonly Expr[]): number {
    return this.hoistPlan(idx, false).scope;
  }

  /** hoistTarget, and with `guarded` also through branches on the way out of a loop: the branches'
   *  tests (outermost first), which the code must be placed under again where it lands. A branch is only
   *  left together with a loop around it, and only when its test reads no mutable and stays defined
   *  outside that loop. */
  private hoistPlan(idx: readonly Expr[], guarded: boolean): { scope: number; guards: Expr[] } {
    const used = new Set<string>();
    idx.forEach((e) => collectVars(e, used));
    const readsMutable = () => [...used].some((v) => this.mutables.has(v));
    let best = { scope: this.at, guards: [] as Expr[] };
    if (readsMutable()) return best;
    const guards: Expr[] = [];
    for (let s = this.at; this.scopes[s].kind !== 'root';) {
      const { kind, parent, cond } = this.scopes[s];
      if (kind === 'branch') {
        if (!guarded || !cond) break;
        guards.unshift(cond);
        collectVars(cond, used);
        if (readsMutable()) break;
      } else {
        if ([...used].some((v) => !this.encloses(this.declaredIn.get(v) ?? 0, parent))) break;
        best = { scope: parent, guards: [...guards] };
      }
      s = parent;
    }
    return best;
  }

  /** The first of `pick`'s answers from the current scope out to the body's (what is visible here). */
  private visible<T>(pick: (s: Scope) => T | undefined): T | undefined {
    for (let s = this.at; s >= 0; s = this.scopes[s].parent) {
      const hit = pick(this.scopes[s]);
      if (hit !== undefined) return hit;
    }
    return undefined;
  }

  /** Whether scope `outer` is `inner` or one of its ancestors. */
  private encloses(outer: number, inner: number): boolean {
    for (let s = inner; s >= 0; s = this.scopes[s].parent) if (s === outer) return true;
    return false;
  }

  private literal(n: Node): Expr {
    const vals = n.attrs.value as number[];
    if (n.type.dtype === 'c64') return x.call('cplx', [x.f32(vals[0]), x.f32(vals[1] ?? 0)]);
    return x.constant(ktypeOf(n.type.dtype), vals[0]);
  }

  /** Whether this kernel reads node `id` from memory (rather than computing it). */
  private loaded(id: number): boolean {
    const n = this.g.nodes[id];
    return id !== this.plan.root && this.plan.reads.includes(id) && !(n.op === 'const' && isLiteralConst(n));
  }

  /** Node n's stored value at flat offset `flat`, as a value. */
  private load(n: Node, flat: Expr): Expr {
    const raw = x.load(this.bufferFor(n.id), flat, storageOf(n));
    if (n.type.dtype === 'bool') return x.ne(raw, x.u32(0));
    if (n.type.dtype === 'f16') return x.cast('f32', raw);
    return raw;
  }

  /** Element strides of a buffer holding `shape` (uniforms; a size-1 axis has none). */
  private stridesOf(buf: string, shape: readonly number[]): Expr[] {
    return stridesOf(shape).map((st, k) => (shape[k] === 1 ? x.i32(0) : this.symNamed(`${buf}_s${k}`, st)));
  }

  private toStorage(n: Node, v: Expr): Expr {
    if (n.type.dtype === 'bool') return x.select(v, x.u32(1), x.u32(0));
    if (n.type.dtype === 'f16') return x.cast('f16', v);
    return v;
  }

  private emitStore(buf: string, flat: Expr, value: Expr): void {
    // (a cooperative reduction's invocations all hold the result; a tile's each hold their own outputs)
    if (this.plan.group !== undefined) {
      this.when(x.eq({ k: 'builtin', name: 'lid' }, x.i32(0)), () => this.emit({ k: 'store', buf, index: flat, value }));
    } else this.emit({ k: 'store', buf, index: flat, value });
  }

  private bufferFor(id: number, access: 'read' | 'read_write' = 'read', atomic = false): string {
    const at = this.bindings.indexOf(id);
    if (at >= 0) return this.buffers[at].name;
    const written = this.buffers.filter((b) => b.access === 'read_write').length;
    const name = access === 'read' ? `in${this.buffers.length}` : id === this.plan.root ? 'out' : `out${written}`;
    this.buffers.push({ name, t: storageOf(this.g.nodes[id]), access, ...(atomic ? { atomic: true as const } : {}) });
    this.bindings.push(id);
    return name;
  }

  /** Multi-index of a flat row-major offset into `shape` (size-1 axes are the constant 0). */
  private unravel(flat: Expr, shape: readonly number[], prefix: string): Expr[] {
    const strides = stridesOf(shape);
    return shape.map((d, k) => {
      if (d === 1) return x.i32(0);
      const q = strides[k] === 1 ? flat : x.div(flat, this.symNamed(`${prefix}_s${k}`, strides[k]));
      return this.let(k === 0 ? q : x.mod(q, this.symNamed(`${prefix}_d${k}`, d)), `${prefix}_i${k}`);
    });
  }

  private symNamed(name: string, value: number): Expr {
    if (!(Math.abs(value) <= SIZE_LIMIT)) {
      // (tensors and integer attributes fit, checked in ir/; a sum of them, a pool's padded extent, may not)
      const n = this.current ?? this.g.nodes[this.plan.root];
      throw new SizeError(`uniform '${name}' does not fit kernels' 32-bit indexing`, {
        node: `%${n.id} = ${n.op}`, loc: n.loc, expected: `at most ${SIZE_LIMIT} in magnitude`, found: String(value),
      });
    }
    const at = this.symNames.indexOf(name);
    if (at < 0) { this.symNames.push(name); this.symValues.push(value); }
    else if (this.symValues[at] !== value) {
      const n = this.current ?? this.g.nodes[this.plan.root];
      throw new InternalError(`uniform '${name}' given two values (${this.symValues[at]}, ${value})`, { node: `%${n.id} = ${n.op}`, loc: n.loc });
    }
    return x.sym(name);
  }

  emit(s: Stmt): void {
    // (a value reading a register array stays where the array is declared)
    if (s.k === 'let' || s.k === 'reg_array' || s.k === 'group_reduce') this.declaredIn.set(s.name, this.at);
    this.scopes[this.at].stmts.push(s);
  }

  private scoped(kind: Scope['kind'], fn: () => void, cond?: Expr): Stmt[] {
    const scope: Scope = { stmts: [], memo: new Map(), groups: new Map(), parent: this.at, kind, cond };
    this.scopes.push(scope);
    const saved = this.at;
    this.at = this.scopes.length - 1;
    try { fn(); } finally { this.at = saved; }
    return scope.stmts;
  }

  private fresh(hint: string): string {
    const base = hint.replace(/[^A-Za-z0-9_]/g, '_');
    const n = this.names.get(base) ?? 0;
    this.names.set(base, n + 1);
    return n === 0 ? base : `${base}_${n}`;
  }
}
