// WGSL for the kernel IR's `accumulate` (an atomic `buf[i] += v`). WGSL has atomics on i32 and u32 only:
// an accumulated buffer is declared array<atomic<i32>> or array<atomic<u32>> in the kernel that adds into
// it (other kernels bind the same memory as array<f32> or array<vec2<f32>>, since each module declares its
// own bindings), integers add with atomicAdd, and f32 adds by a compare-exchange loop on the value's bits:
// read the word, add in f32, and write the sum's bits only if the word is still what was read, else retry
// from what another invocation wrote. A c64 element is two f32 words, each added on its own.
import { InternalError } from '../../ir/errors.ts';
import type { KType } from '../kir.ts';

/** Names the printed code declares (the printer keeps IR names off them). */
export const ATOMIC_NAMES = ['sc_at', 'sc_v', 'sc_seen', 'sc_r', 'atomicAdd', 'atomicLoad', 'atomicCompareExchangeWeak'];

/** The element type of an accumulated buffer. */
export function atomicStorage(t: KType): string {
  switch (t) {
    case 'i32': return 'atomic<i32>';
    case 'f32': case 'c64': case 'u32': return 'atomic<u32>';
    default: throw new InternalError(`WGSL cannot accumulate ${t} atomically`);
  }
}

/** `buf[index] += value` (index and value printed), at indentation `pad`. */
export function printAccumulate(buf: string, t: KType, index: string, value: string, pad: string): string {
  if (t === 'i32' || t === 'u32') return `${pad}atomicAdd(&${buf}[${index}], ${value});`;
  const lanes = t === 'c64' ? [['2i * sc_at', 'sc_v.x'], ['2i * sc_at + 1i', 'sc_v.y']] : [['sc_at', 'sc_v']];
  const inner = `${pad}  `;
  const casLoop = ([at, v]: string[]) => [
    `${inner}{`,
    `${inner}  var sc_seen = atomicLoad(&${buf}[${at}]);`,
    `${inner}  loop {`,
    `${inner}    let sc_r = atomicCompareExchangeWeak(&${buf}[${at}], sc_seen, bitcast<u32>(bitcast<f32>(sc_seen) + ${v}));`,
    `${inner}    if (sc_r.exchanged) {`,
    `${inner}      break;`,
    `${inner}    }`,
    `${inner}    sc_seen = sc_r.old_value;`,
    `${inner}  }`,
    `${inner}}`,
  ];
  return [
    `${pad}{ // ${buf}[${index}] += value, by compare-exchange on the f32 bits (WGSL has no float atomics)`,
    `${inner}let sc_at = ${index};`,
    `${inner}let sc_v = ${value};`,
    ...lanes.flatMap(casLoop),
    `${pad}}`,
  ].join('\n');
}
