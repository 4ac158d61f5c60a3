// Names in printed CUDA: what an IR name may not become (C++ keywords, CUDA's and the printer's own
// names), and how any IR name becomes a legal C++ identifier.
import { ATOMIC_NAMES } from './atomic.ts';
import { HELPERS } from './templates.ts';

/** Identifiers an IR name must not take: C++ keywords, CUDA's names, the functions this printer calls
 *  (a local of that name would shadow them) and the printer's own names. */
export const KEYWORDS = new Set(`
alignas alignof and and_eq asm auto bitand bitor bool break case catch char char8_t char16_t char32_t class compl
concept const consteval constexpr constinit const_cast continue co_await co_return co_yield decltype default delete
do double dynamic_cast else enum explicit export extern false float for friend goto if inline int long mutable
namespace new noexcept not not_eq nullptr operator or or_eq private protected public register reinterpret_cast
requires return short signed sizeof static static_assert static_cast struct switch template this thread_local throw
true try typedef typeid typename union unsigned using virtual void volatile wchar_t while xor xor_eq
`.split(/\s+/).filter(Boolean));
export const RESERVED = new Set([...KEYWORDS, ...`
main std restrict
threadIdx blockIdx blockDim gridDim warpSize __syncthreads atomicMax make_float2 float2 __half
expf logf sqrtf rsqrtf sinf cosf tanhf floorf ceilf fabsf fmodf fmaxf fminf powf isnan isinf min max abs
__float2int_rz __float2uint_rz __float2half_rn __half2float __int2half_rn __uint2half_rn __int_as_float
p status gid wid lid lane gid_u wid_u __shfl_xor_sync ${ATOMIC_NAMES.join(' ')}
${Object.keys(HELPERS).join(' ')}
`.split(/\s+/).filter(Boolean)]);

export function legal(name: string): string {
  let id = name.replace(/[^A-Za-z0-9_]/g, '_');
  if (!/^[A-Za-z_]/.test(id)) id = `v_${id}`;
  // identifiers with a double underscore, or an underscore and a capital first, belong to the implementation
  id = id.replace(/__+/g, '_').replace(/^_([A-Z_])/, 'v_$1');
  return id;
}
