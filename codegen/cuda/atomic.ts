// CUDA for the kernel IR's `accumulate` (an atomic `buf[i] += v`): atomicAdd on float, int and unsigned
// int; a c64 element (float2) is two floats, each added on its own. (The verifier admits no other type.)
import type { KType } from '../kir.ts';

/** Names the printed code declares (the printer keeps IR names off them). */
export const ATOMIC_NAMES = ['sc_at', 'sc_v', 'atomicAdd'];

/** `buf[index] += value` (index and value printed), at indentation `pad`. */
export function printAccumulate(buf: string, t: KType, index: string, value: string, pad: string): string {
  if (t !== 'c64') return `${pad}atomicAdd(&${buf}[${index}], ${value});`;
  return [
    `${pad}{`, `${pad}  const int sc_at = ${index};`, `${pad}  const float2 sc_v = ${value};`,
    `${pad}  atomicAdd(&${buf}[sc_at].x, sc_v.x);`, `${pad}  atomicAdd(&${buf}[sc_at].y, sc_v.y);`, `${pad}}`,
  ].join('\n');
}
