// Seeded random graphs for the fusion property tests: chains and DAGs of elementwise ops (unary,
// binary with broadcasting, comparisons, where, cast), reductions (random axes, keepdims) and movement
// ops (reshape, permute, strided slice, pad, expand, flip, roll, concat up to 5 wide), matmul and gather
// (a trapping op, with indices in range), over small shapes with size-1 and odd axes. Values are often
// read by several consumers (the recompute-or-store rule) and a graph may have several outputs. Only ops that have a kernel lowering are emitted, so the generator grows
// with the lowerings. The same seed always gives the same graph and inputs.
//
// Values stay moderate so f32 kernels can be compared with the float64 reference: each value carries an
// interval that bounds it in exact arithmetic, and an op is only applied where its result stays bounded
// and well conditioned (exp of small values, log/sqrt/div away from zero). Each value also carries a
// first-order bound on the error f32 arithmetic may have accumulated in it (in units of 2^-24): where an
// output is small next to what was summed into it (x - mean(x), a sum that cancels), its own scale says
// nothing about the error, and `outputTolerance` widens the tolerance by that bound. A value is 'exact'
// when f32 and float64 compute the same number (inputs, and what moves, selects or compares exact
// values): only exact floats are truncated to integers or tested against zero, and rounded values that
// share an input are never compared (x against log(exp(x))), where a rounding difference flips a bool.
import { GraphBuilder, Value, type Operand } from '../../ir/builder.ts';
import type { DType } from '../../ir/dtype.ts';
import { TempofuseError } from '../../ir/errors.ts';
import type { Graph } from '../../ir/graph.ts';
import { loweringOf } from '../../codegen/lower/index.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { Rng } from '../../runtime/random.ts';

export interface RandomGraphOptions {
  /** Ops the generator may emit (default: every op it knows that has a lowering). */
  readonly ops?: readonly string[];
  /** Ops to add after the first inputs (default: 4 to 17, drawn from the seed). */
  readonly steps?: number;
  /** Largest element count of any value (default 160). */
  readonly maxNumel?: number;
}

export interface RandomGraph {
  readonly seed: number;
  readonly graph: Graph;
  readonly inputs: Map<string, Tensor>;
  /** The ops of the graph's nodes (sources excluded), in order. */
  readonly ops: readonly string[];
  /** By output name: a bound on the absolute error of f32 arithmetic in that output (0 when exact). */
  readonly errorBounds: ReadonlyMap<string, number>;
}

/** Unit roundoff of f32. */
export const F32_EPS = 2 ** -24;

/**
 * The relative tolerance (to the reference output's scale, as compareTensors measures) for an output:
 * `base`, or the output's error bound over its scale where that is larger. `slack` multiplies the bound
 * (a GPU's transcendental functions are less accurate than the CPU interpreter's).
 */
export function outputTolerance(rg: RandomGraph, name: string, ref: Tensor, base: number, slack = 4): number {
  let scale = 0;
  for (const v of ref.data) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  const bound = slack * F32_EPS * (rg.errorBounds.get(name) ?? 0);
  return scale > 0 ? Math.max(base, bound / scale) : Math.max(base, bound);
}

/** Every op the generator knows how to draw. */
export const GENERATED_OPS = [
  'neg', 'abs', 'relu', 'exp', 'log', 'sqrt', 'rsqrt', 'sigmoid', 'tanh', 'sin', 'cos',
  'add', 'sub', 'mul', 'div', 'maximum', 'minimum', 'pow',
  'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'where', 'cast',
  'sum', 'mean', 'max', 'min',
  'reshape', 'permute', 'slice', 'pad', 'expand', 'flip', 'roll', 'concat',
  'matmul', 'gather',
] as const;

export const hasLowering = (op: string): boolean => loweringOf(op) !== undefined;

/** The generated ops that have a lowering now. */
export const loweredGeneratedOps = (): string[] => GENERATED_OPS.filter(hasLowering);

/** Bound on |value| (exact arithmetic) above which an op's result is rejected. */
const CAP = 256;

interface Val {
  readonly v: Value;
  /** lo <= value <= hi in exact arithmetic. */
  readonly lo: number;
  readonly hi: number;
  /** f32 and float64 arithmetic give the same value. */
  readonly exact: boolean;
  /** |f32 value - exact value| <= e * F32_EPS (first order). */
  readonly e: number;
}

/** Largest magnitude in a value's interval. */
const mag = (v: { lo: number; hi: number }): number => Math.max(Math.abs(v.lo), Math.abs(v.hi));
/** Error of one rounded result, and of a math function's result, in units of its magnitude bound. */
const ROUND = 1, FN_ULPS = 4;
/** The error bound of a value (exact values have none). */
const err = (v: Val): number => (v.exact ? 0 : v.e);

type Gen = () => Val | undefined;

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** The interval of f(a, b) from its values at the corners (f monotone in each argument). */
function corners(a: Val, b: Val, f: (x: number, y: number) => number): [number, number] {
  const ps = [f(a.lo, b.lo), f(a.lo, b.hi), f(a.hi, b.lo), f(a.hi, b.hi)];
  return [Math.min(...ps), Math.max(...ps)];
}

export function randomGraph(seed: number, opts: RandomGraphOptions = {}): RandomGraph {
  return new Generator(seed, opts).run();
}

class Generator {
  private readonly rng: Rng;
  private readonly data: Rng;
  private readonly b: GraphBuilder;
  private readonly pool: Val[] = [];
  private readonly inputs = new Map<string, Tensor>();
  private readonly maxNumel: number;
  private readonly ops: string[];
  private readonly errorOf = new Map<number, number>();

  constructor(private readonly seed: number, private readonly opts: RandomGraphOptions) {
    this.rng = new Rng(seed * 7919 + 17);
    this.data = new Rng(seed * 104729 + 3);
    this.b = new GraphBuilder(`random_${seed}`);
    this.maxNumel = opts.maxNumel ?? 160;
    this.ops = (opts.ops ?? GENERATED_OPS).filter(hasLowering);
    if (this.ops.length === 0) throw new Error('randomGraph: none of the requested ops has a lowering');
  }

  run(): RandomGraph {
    const r = this.rng;
    this.freshInput('f32', this.randomShape());
    if (r.next() < 0.5) this.freshInput(r.next() < 0.8 ? 'f32' : 'i32', this.randomShape());
    const steps = this.opts.steps ?? r.int(4, 18);
    let made = 0;
    for (let tries = 0; made < steps && tries < steps * 20; tries++) {
      const op = this.ops[r.int(0, this.ops.length)];
      const val = this.attempt(op);
      if (val) { this.add(val); made++; }
    }
    this.chooseOutputs();
    const graph = this.b.build();
    const ops = graph.nodes.filter((n) => n.op !== 'input' && n.op !== 'param' && n.op !== 'const').map((n) => n.op);
    const errorBounds = new Map(graph.outputs.map((o) => [o.name, this.errorOf.get(o.node) ?? 0] as const));
    return { seed: this.seed, graph, inputs: this.inputs, ops, errorBounds };
  }

  /** One try at `op`: undefined when no operand fits or the builder rejects the attributes. */
  private attempt(op: string): Val | undefined {
    const gen = this.gens[op];
    if (!gen) throw new Error(`randomGraph: no generator for '${op}'`);
    try {
      const v = gen();
      // (a value over the size limit stays in the graph, unused; nothing builds on it)
      if (v && (numel(v.v.shape) > this.maxNumel || numel(v.v.shape) === 0)) return undefined;
      return v;
    } catch (e) {
      // an invalid attribute or shape combination: the builder rejected the node and appended nothing
      // (operands drawn for it, such as a fresh input, stay in the graph, unused)
      if (e instanceof TempofuseError) return undefined;
      throw e;
    }
  }

  // ---- outputs ---------------------------------------------------------------------------------

  private chooseOutputs(): void {
    const r = this.rng;
    const g = this.b.graph;
    const isOp = (v: Val) => !['input', 'param', 'const'].includes(g.nodes[v.v.id].op);
    let ops = this.pool.filter(isOp);
    if (ops.length === 0) {
      const x = this.pool[0];
      this.add({ ...x, v: this.b.neg(x.v), lo: -x.hi, hi: -x.lo });
      ops = this.pool.filter(isOp);
    }
    const consumed = new Set(g.nodes.flatMap((n) => n.inputs));
    const chosen: Val[] = [ops[ops.length - 1]];
    // a quarter of the graphs have one output (other sinks are dead code, which must cost nothing)
    if (r.next() < 0.25) {
      this.b.output('y0', chosen[0].v);
      return;
    }
    for (const v of ops.slice(0, -1)) {
      const sink = !consumed.has(v.v.id);
      if (r.next() < (sink ? 0.7 : 0.15)) chosen.push(v);
    }
    chosen.forEach((v, i) => this.b.output(`y${i}`, v.v));
    // now and then one value under two names
    if (r.next() < 0.1) this.b.output(`y${chosen.length}`, chosen[r.int(0, chosen.length)].v);
  }

  // ---- inputs and operands ---------------------------------------------------------------------

  private randomShape(): number[] {
    const r = this.rng;
    const sizes = [1, 2, 3, 4, 5, 7];
    for (;;) {
      const rank = r.next() < 0.1 ? 1 : r.int(2, 5);
      const shape = Array.from({ length: rank }, () => sizes[r.int(0, sizes.length)]);
      const n = numel(shape);
      if (n >= 2 && n <= Math.min(96, this.maxNumel)) return shape;
    }
  }

  /** A new graph input (in the pool); `indexBelow`: i32 indices in 0..indexBelow-1. */
  private freshInput(dtype: DType, shape: readonly number[], indexBelow?: number): Val {
    const name = `x${this.inputs.size}`;
    const d = this.data;
    const positive = dtype === 'f32' && this.rng.next() < 0.25;
    const draw = (): number => {
      if (indexBelow !== undefined) return d.int(0, indexBelow);
      if (dtype === 'i32') return d.int(-5, 6);
      if (dtype === 'bool') return d.int(0, 2);
      // f32 values exactly: a GPU buffer holds nothing else, and the reference would keep float64
      return Math.fround(positive ? d.uniform(0.25, 2) : d.uniform(-2, 2));
    };
    const t = Tensor.from(dtype, shape, Array.from({ length: numel(shape) }, draw));
    this.inputs.set(name, t);
    const [lo, hi] = indexBelow !== undefined ? [0, indexBelow - 1] : dtype === 'i32' ? [-5, 5] : dtype === 'bool' ? [0, 1] : positive ? [0.25, 2] : [-2, 2];
    const val: Val = { v: this.b.input(name, dtype, shape), lo, hi, exact: true, e: 0 };
    this.add(val);
    return val;
  }

  private add(val: Val): void {
    this.pool.push(val);
    this.errorOf.set(val.v.id, val.exact ? 0 : val.e);
  }

  /** A value of the pool satisfying `ok`: often the newest (chains), else any (several consumers). */
  private pick(ok: (v: Val) => boolean = () => true): Val | undefined {
    const cands = this.pool.filter(ok);
    if (cands.length === 0) return undefined;
    return this.rng.next() < 0.45 ? cands[cands.length - 1] : cands[this.rng.int(0, cands.length)];
  }

  private pickFloat(ok: (v: Val) => boolean = () => true) {
    return this.pick((v) => v.v.dtype === 'f32' && ok(v));
  }

  /** A shape that broadcasts with `shape`: a suffix of it with some axes set to 1, or (less often) with
   *  its size-1 axes grown and a leading axis added. */
  private broadcastPartner(shape: readonly number[]): number[] {
    const r = this.rng;
    if (r.next() < 0.25) {
      const grown = shape.map((d) => (d === 1 && r.next() < 0.7 ? r.int(2, 4) : d));
      if (grown.length < 4 && r.next() < 0.3) grown.unshift(r.int(2, 4));
      if (numel(grown) <= this.maxNumel) return grown;
    }
    const keep = r.int(Math.max(0, shape.length - 2), shape.length + 1);
    return shape.slice(shape.length - keep).map((d) => (r.next() < 0.35 ? 1 : d));
  }

  private compatible(a: readonly number[], b: readonly number[]): boolean {
    for (let k = 1; k <= Math.min(a.length, b.length); k++) {
      const x = a[a.length - k], y = b[b.length - k];
      if (x !== y && x !== 1 && y !== 1) return false;
    }
    return true;
  }

  /** A second operand for `a`: a pool value that broadcasts with it, a fresh input, a stored constant
   *  tensor, or a scalar literal. */
  private partner(a: Val, ok: (v: Val) => boolean = () => true): Val | number | undefined {
    const r = this.rng;
    const u = r.next();
    if (u < 0.5) {
      const p = this.pick((v) => v.v.dtype === a.v.dtype && this.compatible(v.v.shape, a.v.shape) && ok(v));
      if (p) return p;
    }
    const dtype = a.v.dtype;
    if (u < 0.75) {
      const x = this.freshInput(dtype, this.broadcastPartner(a.v.shape));
      return ok(x) ? x : undefined;
    }
    if (u < 0.85 && dtype !== 'bool') {
      const shape = this.broadcastPartner(a.v.shape);
      const vals = Array.from({ length: numel(shape) }, () => (dtype === 'i32' ? r.int(-3, 4) : Math.fround(r.uniform(0.5, 1.5))));
      const c: Val = { v: this.b.constant(vals, dtype, shape), lo: Math.min(...vals), hi: Math.max(...vals), exact: true, e: 0 };
      return ok(c) ? c : undefined;
    }
    const s = dtype === 'i32' ? r.int(1, 4) : [0.5, 1.5, 2, -0.75, 0.25][r.int(0, 5)];
    return ok({ v: a.v, lo: s, hi: s, exact: true, e: 0 }) ? s : undefined;
  }

  // ---- ops -------------------------------------------------------------------------------------

  private readonly gens: Record<string, Gen> = {
    // unary: interval of the result, and a bound on |f'| over the operand's interval
    neg: () => this.unary('neg', (v) => v.v.dtype !== 'bool', (lo, hi) => [-hi, -lo], { exactly: true }),
    abs: () => this.unary('abs', (v) => v.v.dtype !== 'bool', (lo, hi) => [lo >= 0 ? lo : hi <= 0 ? -hi : 0, Math.max(-lo, hi)], { exactly: true }),
    relu: () => this.unary('relu', (v) => v.v.dtype !== 'bool', (lo, hi) => [Math.max(lo, 0), Math.max(hi, 0)], { exactly: true }),
    exp: () => this.unary('exp', (v) => v.v.dtype === 'f32' && v.hi <= 3 && v.lo >= -30, (lo, hi) => [Math.exp(lo), Math.exp(hi)], { slope: (_, hi) => Math.exp(hi) }),
    log: () => this.unary('log', (v) => v.v.dtype === 'f32' && v.lo >= 0.1, (lo, hi) => [Math.log(lo), Math.log(hi)], { slope: (lo) => 1 / lo }),
    sqrt: () => this.unary('sqrt', (v) => v.v.dtype === 'f32' && v.lo >= 0.05, (lo, hi) => [Math.sqrt(lo), Math.sqrt(hi)], { slope: (lo) => 0.5 / Math.sqrt(lo) }),
    rsqrt: () => this.unary('rsqrt', (v) => v.v.dtype === 'f32' && v.lo >= 0.1, (lo, hi) => [1 / Math.sqrt(hi), 1 / Math.sqrt(lo)], { slope: (lo) => 0.5 * lo ** -1.5 }),
    sigmoid: () => this.unary('sigmoid', (v) => v.v.dtype === 'f32', (lo, hi) => [sigmoid(lo), sigmoid(hi)], { slope: () => 0.25 }),
    tanh: () => this.unary('tanh', (v) => v.v.dtype === 'f32', (lo, hi) => [Math.tanh(lo), Math.tanh(hi)], { slope: () => 1 }),
    sin: () => this.unary('sin', (v) => v.v.dtype === 'f32' && mag(v) <= 8, () => [-1, 1], { slope: () => 1 }),
    cos: () => this.unary('cos', (v) => v.v.dtype === 'f32' && mag(v) <= 8, () => [-1, 1], { slope: () => 1 }),

    // binary: interval of the result, and its error from the operands' errors (rounding added after)
    add: () => this.binary('add', (a, b) => [a.lo + b.lo, a.hi + b.hi], (a, b) => err(a) + err(b)),
    sub: () => this.binary('sub', (a, b) => [a.lo - b.hi, a.hi - b.lo], (a, b) => err(a) + err(b)),
    mul: () => this.binary('mul', (a, b) => corners(a, b, (x, y) => x * y), (a, b) => mag(b) * err(a) + mag(a) * err(b)),
    div: () => this.binary('div', (a, b) => corners(a, b, (x, y) => x / y), (a, b) => {
      const least = Math.min(Math.abs(b.lo), Math.abs(b.hi));
      return err(a) / least + (mag(a) * err(b)) / least ** 2;
    }, { dtypes: ['f32'], right: (v) => v.lo >= 0.25 || v.hi <= -0.25 }),
    maximum: () => this.binary('maximum', (a, b) => [Math.max(a.lo, b.lo), Math.max(a.hi, b.hi)], (a, b) => Math.max(err(a), err(b)), { exactly: true }),
    minimum: () => this.binary('minimum', (a, b) => [Math.min(a.lo, b.lo), Math.min(a.hi, b.hi)], (a, b) => Math.max(err(a), err(b)), { exactly: true }),
    pow: () => this.binary('pow', (a, b) => corners(a, b, (x, y) => x ** y), (a, b) => {
      // d/da a^b = b a^b / a, d/db a^b = a^b ln a
      const top = corners(a, b, (x, y) => x ** y)[1];
      return (mag(b) * top / a.lo) * err(a) + top * Math.max(Math.abs(Math.log(a.lo)), Math.abs(Math.log(a.hi))) * err(b) + FN_ULPS * top;
    }, { dtypes: ['f32'], left: (v) => v.lo >= 0.1 && v.hi <= 4, right: (v) => mag(v) <= 2, noSwap: true }),

    eq: () => this.compare('eq'),
    ne: () => this.compare('ne'),
    lt: () => this.compare('lt'),
    le: () => this.compare('le'),
    gt: () => this.compare('gt'),
    ge: () => this.compare('ge'),
    where: () => this.where(),
    cast: () => this.cast(),

    sum: () => this.reduce('sum'),
    mean: () => this.reduce('mean'),
    max: () => this.reduce('max'),
    min: () => this.reduce('min'),

    reshape: () => this.reshape(),
    permute: () => this.movement((x) => {
      const perm = this.shuffle([...x.v.shape.keys()]).map((p) => (this.rng.next() < 0.2 ? p - x.v.rank : p));
      return this.b.permute(x.v, { perm });
    }, (x) => x.v.rank >= 2),
    slice: () => this.movement((x) => this.slice(x)),
    pad: () => this.movement((x) => this.pad(x)),
    expand: () => this.movement((x) => this.expand(x), (x) => x.v.shape.includes(1) || x.v.rank < 3),
    flip: () => this.movement((x) => this.b.flip(x.v, { axes: this.axes(x.v.rank) })),
    roll: () => this.movement((x) => {
      const axes = this.axes(x.v.rank);
      const shifts = axes.map((a) => { const d = x.v.shape[a < 0 ? a + x.v.rank : a]; return this.rng.int(-2 * d, 2 * d + 1); });
      return this.b.roll(x.v, { shifts, axes });
    }),
    concat: () => this.concat(),
    matmul: () => this.matmul(),
    gather: () => this.movement((x) => {
      const r = this.rng;
      const axis = r.int(0, x.v.rank);
      const shape = x.v.shape.map((d, k) => (k === axis ? r.int(1, 5) : r.next() < 0.3 ? 1 : d));
      const index = this.freshInput('i32', shape, x.v.shape[axis]);
      return this.b.gather(x.v, index.v, { axis: r.next() < 0.3 ? axis - x.v.rank : axis });
    }, (x) => x.v.rank >= 1),
  };

  /** `exactly`: the op computes its result exactly (no rounding); otherwise `slope` bounds |f'|. */
  private unary(op: string, ok: (v: Val) => boolean, range: (lo: number, hi: number) => [number, number],
    o: { exactly?: boolean; slope?: (lo: number, hi: number) => number }): Val | undefined {
    const x = this.pick(ok);
    if (!x) return undefined;
    const [lo, hi] = range(x.lo, x.hi);
    const v = this.b.apply(op, [x.v]);
    if (o.exactly || x.v.dtype !== 'f32') return { v, lo, hi, exact: x.exact, e: err(x) };
    return { v, lo, hi, exact: false, e: o.slope!(x.lo, x.hi) * err(x) + FN_ULPS * mag({ lo, hi }) };
  }

  /** `exactly`: the op computes its result exactly (no rounding). */
  private binary(op: string, range: (a: Val, b: Val) => [number, number], error: (a: Val, b: Val) => number,
    o: { dtypes?: DType[]; left?: (v: Val) => boolean; right?: (v: Val) => boolean; exactly?: boolean; noSwap?: boolean } = {}): Val | undefined {
    const dtypes = o.dtypes ?? ['f32', 'i32'];
    const a = this.pick((v) => dtypes.includes(v.v.dtype) && (o.left?.(v) ?? true));
    if (!a) return undefined;
    const p = this.partner(a, o.right);
    if (p === undefined) return undefined;
    const bv: Val = typeof p === 'number' ? { v: a.v, lo: p, hi: p, exact: true, e: 0 } : p;
    // the partner goes first now and then, where the operands have no constraints of their own
    const swap = !o.noSwap && typeof p !== 'number' && !o.right && !o.left && this.rng.next() < 0.5;
    const [first, second] = swap ? [bv, a] : [a, bv];
    const [lo, hi] = range(first, second);
    if (!(Math.max(-lo, hi) <= CAP)) return undefined;
    if (a.v.dtype === 'i32' && op === 'mul' && Math.max(-lo, hi) > 1e6) return undefined;
    const operand: Operand = typeof p === 'number' ? p : p.v;
    const v = this.b.apply(op, swap ? [operand, a.v] : [a.v, operand]);
    if (a.v.dtype === 'i32') return { v, lo, hi, exact: true, e: 0 };
    const exact = !!o.exactly && a.exact && bv.exact;
    return { v, lo, hi, exact, e: error(first, second) + (o.exactly ? 0 : ROUND * mag({ lo, hi })) };
  }

  private compare(op: string): Val | undefined {
    const a = this.pick((v) => v.v.dtype === 'f32' || v.v.dtype === 'i32');
    if (!a) return undefined;
    // Rounded values computed from the same inputs may be equal in exact arithmetic (x against
    // log(exp(x))), where f32 and float64 order them differently: only exact values may share inputs.
    const p = this.partner(a, (v) => v === a || (a.exact && v.exact) || this.disjoint(a, v));
    if (p === undefined) return undefined;
    const v = this.b.apply(op, [a.v, typeof p === 'number' ? p : p.v]);
    return { v, lo: 0, hi: 1, exact: true, e: 0 };
  }

  private where(): Val | undefined {
    const c = this.pick((v) => v.v.dtype === 'bool');
    if (!c) return undefined;
    const a = this.pick((v) => v.v.dtype !== 'bool' && this.compatible(v.v.shape, c.v.shape));
    if (!a) return undefined;
    let bv: Val | undefined = this.rng.next() < 0.6
      ? this.pick((v) => v.v.dtype === a.v.dtype && v !== a && this.compatible(v.v.shape, a.v.shape) && this.compatible(v.v.shape, c.v.shape))
      : undefined;
    if (!bv) {
      const s = a.v.dtype === 'i32' ? this.rng.int(-2, 3) : [0, -1, 0.5][this.rng.int(0, 3)];
      bv = { v: this.b.constant(s, a.v.dtype), lo: s, hi: s, exact: true, e: 0 };
    }
    const [x, y] = this.rng.next() < 0.5 ? [a, bv] : [bv, a];
    return { v: this.b.where(c.v, x.v, y.v), lo: Math.min(a.lo, bv.lo), hi: Math.max(a.hi, bv.hi), exact: a.exact && bv.exact, e: Math.max(err(a), err(bv)) };
  }

  private cast(): Val | undefined {
    const x = this.pick((v) => v.v.dtype !== 'f32' || v.exact);
    if (!x) return undefined;
    const to: DType[] = x.v.dtype === 'f32' ? ['i32', 'bool'] : x.v.dtype === 'i32' ? ['f32', 'bool'] : ['f32', 'i32'];
    const t = to[this.rng.int(0, to.length)];
    const v = this.b.cast(x.v, { to: t });
    if (t === 'bool') return { v, lo: 0, hi: 1, exact: true, e: 0 };
    if (t === 'i32') return { v, lo: Math.trunc(x.lo), hi: Math.trunc(x.hi), exact: true, e: 0 };
    return { v, lo: x.lo, hi: x.hi, exact: true, e: 0 };
  }

  private reduce(op: 'sum' | 'mean' | 'max' | 'min'): Val | undefined {
    const x = this.pick((v) => (op === 'mean' ? v.v.dtype === 'f32' : v.v.dtype === 'f32' || v.v.dtype === 'i32'));
    if (!x) return undefined;
    const axes = this.axes(x.v.rank);
    const count = numel(axes.map((a) => x.v.shape[a < 0 ? a + x.v.rank : a]));
    const keepdims = this.rng.next() < 0.4;
    let [lo, hi] = [x.lo, x.hi];
    if (op === 'sum') [lo, hi] = [Math.min(lo * count, lo), Math.max(hi * count, hi)];
    if (Math.max(-lo, hi) > CAP) return undefined;
    const v = this.b.apply(op, [x.v], keepdims || this.rng.next() < 0.5 ? { axes, keepdims } : { axes });
    if (x.v.dtype === 'i32') return { v, lo, hi, exact: true, e: 0 };
    if (op === 'max' || op === 'min') return { v, lo, hi, exact: x.exact, e: err(x) };
    // n additions, each rounding a partial sum that cancellation keeps near sqrt(n) * |x|, so about
    // n * |x| in all (in any order: serial, or a workgroup tree); mean divides that by n
    const e = count * err(x) + 2 * count * mag(x);
    return { v, lo, hi, exact: false, e: op === 'sum' ? e : e / count + ROUND * mag(x) };
  }

  private movement(f: (x: Val) => Value, ok: (x: Val) => boolean = () => true): Val | undefined {
    const x = this.pick(ok);
    if (!x) return undefined;
    return { ...x, v: f(x) };
  }

  private reshape(): Val | undefined {
    return this.movement((x) => {
      const r = this.rng;
      let rest = numel(x.v.shape);
      const rank = r.int(1, 5);
      const shape: number[] = [];
      for (let k = 0; k < rank - 1; k++) {
        const divs = [1, 2, 3, 4, 5, 6, 7].filter((d) => rest % d === 0);
        const d = divs[r.int(0, divs.length)];
        shape.push(d);
        rest /= d;
      }
      shape.push(rest);
      const target = this.shuffle(shape);
      if (r.next() < 0.3) target[r.int(0, target.length)] = -1;
      return this.b.reshape(x.v, { shape: target });
    });
  }

  private slice(x: Val): Value {
    const r = this.rng;
    const rank = x.v.rank;
    const axes = this.axes(rank);
    const starts: number[] = [], ends: number[] = [], steps: number[] = [];
    for (const a of axes) {
      const d = x.v.shape[a < 0 ? a + rank : a];
      const start = r.int(0, d);
      const end = r.int(start + 1, d + 1);
      starts.push(start > 0 && r.next() < 0.3 ? start - d : start);
      ends.push(end < d && r.next() < 0.3 ? end - d : end);
      steps.push([1, 1, 2, 3][r.int(0, 4)]);
    }
    return steps.every((s) => s === 1) && r.next() < 0.5
      ? this.b.slice(x.v, { axes, starts, ends })
      : this.b.slice(x.v, { axes, starts, ends, steps });
  }

  private pad(x: Val): Value {
    const r = this.rng;
    const pads = x.v.shape.map((): [number, number] => (r.next() < 0.5 ? [0, 0] : [r.int(0, 3), r.int(0, 3)]));
    if (r.next() < 0.35) return this.b.pad(x.v, { pads, mode: 'replicate' });
    const value = x.v.dtype === 'f32' ? [0, 1.5, -1][r.int(0, 3)] : x.v.dtype === 'bool' ? r.int(0, 2) : r.int(-2, 3);
    return value === 0 && r.next() < 0.5 ? this.b.pad(x.v, { pads }) : this.b.pad(x.v, { pads, value });
  }

  private expand(x: Val): Value {
    const r = this.rng;
    const shape = x.v.shape.map((d) => (d === 1 && r.next() < 0.7 ? r.int(2, 5) : r.next() < 0.4 ? -1 : d));
    if (x.v.rank < 4 && r.next() < 0.4) shape.unshift(r.int(1, 4));
    return this.b.expand(x.v, { shape });
  }

  private concat(): Val | undefined {
    const r = this.rng;
    const a = this.pick((v) => v.v.rank >= 1);
    if (!a) return undefined;
    const rank = a.v.rank;
    const axis = r.int(0, rank);
    const fits = (v: Val) => v.v.dtype === a.v.dtype && v.v.rank === rank && v.v.shape.every((d, k) => k === axis || d === a.v.shape[k]);
    const parts = [a];
    const more = r.int(1, 5);
    for (let i = 0; i < more; i++) {
      const p = r.next() < 0.3 ? this.freshInputLike(a, axis) : this.pick(fits);
      if (p) parts.push(p);
    }
    if (parts.length < 2) return undefined;
    const ordered = this.shuffle(parts);
    const v = this.b.concat(ordered.map((p) => p.v), { axis: r.next() < 0.3 ? axis - rank : axis });
    return {
      v, lo: Math.min(...parts.map((p) => p.lo)), hi: Math.max(...parts.map((p) => p.hi)),
      exact: parts.every((p) => p.exact), e: Math.max(...parts.map(err)),
    };
  }

  private freshInputLike(a: Val, axis: number): Val {
    const shape = [...a.v.shape];
    shape[axis] = this.rng.int(1, 4);
    return this.freshInput(a.v.dtype, shape);
  }

  private matmul(): Val | undefined {
    const a = this.pickFloat((v) => v.v.rank >= 2 && v.v.shape[v.v.rank - 1] <= 12);
    if (!a) return undefined;
    const K = a.v.shape[a.v.rank - 1];
    const fits = (v: Val) => v.v.dtype === 'f32' && v.v.rank >= 2 && v.v.shape[v.v.rank - 2] === K
      && this.compatible(v.v.shape.slice(0, -2), a.v.shape.slice(0, -2));
    const b = (this.rng.next() < 0.5 ? this.pick(fits) : undefined) ?? this.freshInput('f32', [K, this.rng.int(1, 6)]);
    const bound = K * mag(a) * mag(b);
    if (bound > CAP) return undefined;
    const e = K * (mag(b) * err(a) + mag(a) * err(b)) + 2 * K * mag(a) * mag(b);
    return { v: this.b.matmul(a.v, b.v), lo: -bound, hi: bound, exact: false, e };
  }

  // ---- helpers ---------------------------------------------------------------------------------

  /** Whether two values depend on no common graph input or constant. */
  private disjoint(a: Val, b: Val): boolean {
    const g = this.b.graph;
    const sources = (id: number): Set<number> => {
      const out = new Set<number>();
      const stack = [id];
      const seen = new Set<number>();
      while (stack.length) {
        const n = g.nodes[stack.pop()!];
        if (seen.has(n.id)) continue;
        seen.add(n.id);
        if (n.inputs.length === 0) out.add(n.id);
        stack.push(...n.inputs);
      }
      return out;
    };
    const sa = sources(a.v.id);
    return [...sources(b.v.id)].every((s) => !sa.has(s));
  }

  /** A non-empty set of distinct axes of a rank-`rank` tensor, some given as negative numbers. */
  private axes(rank: number): number[] {
    const all = this.shuffle([...Array(rank).keys()]);
    const n = this.rng.int(1, rank + 1);
    return all.slice(0, n).map((a) => (this.rng.next() < 0.25 ? a - rank : a));
  }

  private shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = this.rng.int(0, i + 1);
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
}
