// Mutated .safetensors files: every one is refused with a typed error or decodes to exactly what its
// header and data say (checked by an independent reading of the bytes through typed arrays).
import { describe, expect, it } from 'vitest';
import { f16BitsToF32, lanes, type DType } from '../../ir/dtype.ts';
import { Tensor, numel } from '../../ir/tensor.ts';
import { decodeSafetensors, encodeSafetensors, type SafetensorsFile } from '../../io/safetensors.ts';
import type { Rng } from '../../runtime/random.ts';
import { FuzzTally, caseRng, check, fuzzConfig, mutateBytes, mutateJsonTimes, pick, stringifyDeep, type Json } from '../helpers/fuzz.ts';

const config = fuzzConfig(3000);

const t = (dtype: DType, shape: number[], values: number[]) => Tensor.from(dtype, shape, values);
const CORPUS: Uint8Array[] = [
  encodeSafetensors({
    w: t('f32', [2, 3], [1, -2, 3.5, 0, -0, 1e-3]),
    b: t('f16', [3], [0.5, -1, 65504]),
    idx: t('i32', [4], [0, -1, 2 ** 31 - 1, -(2 ** 31)]),
    u: t('u32', [2], [0, 2 ** 32 - 1]),
    m: t('bool', [5], [1, 0, 1, 1, 0]),
    z: t('c64', [2], [1, 2, 3, 4]),
  }, { format: 'pt', note: 'x' }),
  encodeSafetensors({ s: t('f32', [], [7]), e: t('f32', [0, 3], []) }),
  encodeSafetensors({ 'layer.0.weight': t('f32', [1, 1, 2], [Infinity, NaN]) }),
];

const ST_DTYPES: Record<string, DType> = { F32: 'f32', F16: 'f16', I32: 'i32', U32: 'u32', BOOL: 'bool', C64: 'c64' };

/** The values of one tensor read straight from the file's bytes. */
function independentRead(bytes: Uint8Array, begin: number, end: number, dtype: DType): number[] {
  const buf = bytes.slice(begin, end).buffer;
  switch (dtype) {
    case 'f32': case 'c64': return [...new Float32Array(buf)];
    case 'f16': return [...new Uint16Array(buf)].map(f16BitsToF32);
    case 'i32': return [...new Int32Array(buf)];
    case 'u32': return [...new Uint32Array(buf)];
    case 'bool': return [...new Uint8Array(buf)].map((x) => (x ? 1 : 0));
  }
}

/** A decoded file agrees with its header: the same names, dtypes and shapes, and the bytes it names. */
function checkDecoded(bytes: Uint8Array, file: SafetensorsFile): void {
  const hlen = headerLength(bytes);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + hlen))) as Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>;
  const names = Object.keys(header).filter((k) => k !== '__metadata__');
  check(JSON.stringify([...file.tensors.keys()].sort()) === JSON.stringify(names.sort()), 'decoded names differ from the header');
  check(JSON.stringify(file.metadata) === JSON.stringify(header.__metadata__ ?? {}), 'metadata differs from the header');
  for (const v of Object.values(file.metadata)) check(typeof v === 'string', 'a metadata value is not a string');
  for (const name of names) {
    const e = header[name];
    const got = file.tensors.get(name)!;
    check(got.dtype === ST_DTYPES[e.dtype], `${name}: dtype ${got.dtype} for ${e.dtype}`);
    check(JSON.stringify(got.shape) === JSON.stringify(e.shape), `${name}: shape differs`);
    check(got.data.length === numel(got.shape) * lanes(got.dtype), `${name}: data does not fill the shape`);
    const want = independentRead(bytes, 8 + hlen + e.data_offsets[0], 8 + hlen + e.data_offsets[1], got.dtype);
    check(want.length === got.data.length && want.every((x, i) => Object.is(x, got.data[i])), `${name}: values differ from the bytes`);
  }
}

const headerLength = (bytes: Uint8Array): number =>
  (bytes.length < 8 ? 0 : Number(new DataView(bytes.buffer, bytes.byteOffset).getBigUint64(0, true)));

function withHeader(bytes: Uint8Array, mutate: (header: Json) => Json): Uint8Array {
  const hlen = headerLength(bytes);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + hlen))) as Json;
  const json = new TextEncoder().encode(stringifyDeep(mutate(header)));
  const out = new Uint8Array(8 + json.length + bytes.length - 8 - hlen);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.length), true);
  out.set(json, 8);
  out.set(bytes.subarray(8 + hlen), 8 + json.length);
  return out;
}

/** One mutation: of the bytes (anywhere, or in the header), of the length field, or of the header JSON. */
function mutate(rng: Rng, bytes: Uint8Array): { bytes: Uint8Array; name: string } {
  const hlen = headerLength(bytes);
  const kind = rng.int(0, 10);
  if (kind < 2) return mutateBytes(rng, bytes);
  if (kind < 4) return mutateBytes(rng, bytes, 0, 8 + Math.min(hlen, bytes.length));
  if (kind < 5 && bytes.length >= 8) {
    const out = bytes.slice();
    const v = pick(rng, [0n, 1n, 2n, BigInt(hlen - 1), BigInt(hlen + 1), BigInt(out.length - 8), BigInt(out.length - 7), 2n ** 32n, 2n ** 53n + 1n, 2n ** 64n - 1n]);
    new DataView(out.buffer).setBigUint64(0, v < 0n ? 0n : v, true);
    return { bytes: out, name: `header length=${v}` };
  }
  try {
    let names: string[] = [];
    const out = withHeader(bytes, (h) => {
      const m = mutateJsonTimes(rng, h, 1, Object.keys(h as object));
      names = m.names;
      return m.value;
    });
    return { bytes: out, name: `header ${names.join(', ')}` };
  } catch {
    return mutateBytes(rng, bytes); // an earlier mutation broke the header: mutate bytes instead
  }
}

describe('fuzz: .safetensors', () => {
  it(`${config.count} mutated files end in a typed error or a faithful decode`, async () => {
    const tally = new FuzzTally('safetensors', config);
    for (let i = 0; i < config.count; i++) {
      const rng = caseRng(config.seed, i);
      let bytes = pick(rng, CORPUS);
      const names: string[] = [];
      for (let k = rng.int(1, 4); k > 0; k--) {
        const m = mutate(rng, bytes);
        bytes = m.bytes;
        names.push(m.name);
      }
      await tally.run(i, names, () => checkDecoded(bytes, decodeSafetensors(bytes, 'fuzz.safetensors')));
    }
    console.log(tally.summary());
    expect(tally.report()).toBe('');
  });
});
