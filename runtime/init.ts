// Fresh values for a graph's parameters (from each param's init spec) and random inputs. Every tensor
// draws from its own stream, seeded by (seed, name): adding, removing or reordering parameters leaves
// the values of the others unchanged, and a name means the same values in every process.
import { fans, gain, type InitSpec } from '../ir/init.ts';
import { InputMismatchError, ParamMismatchError } from '../ir/errors.ts';
import { formatType, Graph } from '../ir/graph.ts';
import { isComplex, isFloat, lanes, storeAs, type DType } from '../ir/dtype.ts';
import { Tensor, numel } from '../ir/tensor.ts';
import { declaredBy, type Declared } from './bindings.ts';
import { Rng } from './random.ts';

/** A 32-bit stream seed from the run's seed and a tensor name: FNV-1a over the seed's and the name's
 *  bytes, then murmur3's finaliser so that names differing in one character give unrelated streams. */
export function streamSeed(seed: number, name: string): number {
  let h = 0x811c9dc5;
  const mix = (byte: number) => { h = Math.imul(h ^ byte, 0x01000193); };
  for (let i = 0; i < 4; i++) mix((seed >>> (8 * i)) & 0xff);
  for (const byte of Buffer.from(name, 'utf8')) mix(byte);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Standard deviation (normal) or bound (uniform) of a Kaiming init, as torch.nn.init computes them. */
export function kaimingScale(spec: Extract<InitSpec, { mode: unknown }>, shape: readonly number[]): number {
  const { fanIn, fanOut } = fans(shape);
  const std = gain(spec.nonlinearity, spec.a) / Math.sqrt(spec.mode === 'fan_in' ? fanIn : fanOut);
  return spec.kind === 'kaiming_uniform' ? Math.sqrt(3) * std : std;
}

/** Draw one tensor from an init spec. c64 tensors draw re and im independently from the same law.
 *  Values are stored at the dtype (f32 in a Float32Array), so a tensor drawn here and one read back from
 *  a .safetensors file are the same numbers. */
export function drawInit(spec: InitSpec, dtype: DType, shape: readonly number[], rng: Rng): Tensor {
  const n = numel(shape) * lanes(dtype);
  let draw: () => number;
  switch (spec.kind) {
    case 'zeros': draw = () => 0; break;
    case 'ones': draw = () => 1; break;
    case 'constant': draw = () => spec.value; break;
    case 'normal': draw = () => rng.normal(spec.mean, spec.std); break;
    case 'uniform': draw = () => rng.uniform(spec.low, spec.high); break;
    case 'kaiming_normal': {
      const std = kaimingScale(spec, shape);
      draw = () => rng.normal(0, std);
      break;
    }
    case 'kaiming_uniform': {
      const bound = kaimingScale(spec, shape);
      draw = () => rng.uniform(-bound, bound);
      break;
    }
  }
  // drawn straight into the tensor's own storage (a Float32Array for f32): no intermediate array
  const t = Tensor.alloc(dtype, shape);
  for (let i = 0; i < n; i++) t.data[i] = storeAs(dtype, draw());
  return t;
}

/** The value every draw of a spec gives, for a spec that always gives the same value (zeros, ones,
 *  constant, normal with std 0, uniform over one point); undefined for any other. */
function constantOf(spec: InitSpec): number | undefined {
  switch (spec.kind) {
    case 'zeros': return 0;
    case 'ones': return 1;
    case 'constant': return spec.value;
    case 'normal': return spec.std === 0 ? spec.mean : undefined;
    case 'uniform': return spec.low === spec.high ? spec.low : undefined;
    default: return undefined;
  }
}

/** A spec that draws around a constant init instead of repeating it: uniform(c ± |c|/2), or (-½, ½) for
 *  c = 0. Zero scales and biases (DTF's α1 and bias, a zero-init last BN) make a block the identity at
 *  its init, so a kernel that skipped the block would pass a comparison; running variances of 1 stay
 *  positive. Any other spec is returned as it is. */
export function spreadInit(spec: InitSpec): InitSpec {
  const c = constantOf(spec);
  if (c === undefined) return spec;
  const half = c === 0 ? 0.5 : Math.abs(c) / 2;
  return { kind: 'uniform', low: c - half, high: c + half };
}

/** Ops that only move or repeat their one input's values (a zero stays a zero through them). */
const MOVES = new Set(['reshape', 'permute', 'expand', 'cast']);

/** Parameters drawn as zeros that scale a value (reach a mul through ops that only move values): the
 *  product, often a block's whole contribution (DTF's alpha1, the zero-init last BN of a residual
 *  branch), is zero at the init, so the block computes the identity until the parameter is trained. */
export function zeroScales(g: Graph): string[] {
  const consumers = g.nodes.map((): number[] => []);
  for (const n of g.nodes) for (const i of n.inputs) consumers[i].push(n.id);
  const scales = (id: number): boolean => {
    for (const todo = [id]; todo.length;) {
      for (const c of consumers[todo.pop()!]) {
        if (g.nodes[c].op === 'mul') return true;
        if (MOVES.has(g.nodes[c].op)) todo.push(c);
      }
    }
    return false;
  };
  return g.nodes
    .filter((n) => n.op === 'param' && constantOf(n.attrs.init as unknown as InitSpec) === 0 && scales(n.id))
    .map((n) => n.attrs.name as string);
}

/** Every parameter of the graph, drawn from its init spec, keyed by name in graph order. */
export function initParams(source: Graph | readonly Declared[], seed: number): Map<string, Tensor> {
  const out = new Map<string, Tensor>();
  for (const p of source instanceof Graph ? declaredBy(source, 'param') : source) {
    if (!p.init) throw new ParamMismatchError(`parameter '${p.name}' has no init spec to draw it from; give it in a parameters file`);
    out.set(p.name, drawInit(p.init, p.dtype, p.shape, new Rng(streamSeed(seed, p.name))));
  }
  return out;
}

export function randomInputs(source: Graph | readonly Declared[], seed: number): Map<string, Tensor> {
  const out = new Map<string, Tensor>();
  for (const x of source instanceof Graph ? declaredBy(source, 'input') : source) {
    if (!isFloat(x.dtype) && !isComplex(x.dtype)) {
      throw new InputMismatchError(`input '${x.name}' (${formatType(x)}) cannot be drawn at random; give it in an inputs file`, {
        expected: 'f32, f16 or c64 inputs', found: x.dtype, loc: x.loc,
      });
    }
    out.set(x.name, drawInit({ kind: 'normal', mean: 0, std: 1 }, x.dtype, x.shape, new Rng(streamSeed(seed, x.name))));
  }
  return out;
}
