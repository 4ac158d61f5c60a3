// Comparing tensors: exact for integers and bools, relative to the output's scale for floats
// (max |a - b| / max |ref|, or / minScale where that is larger), with NaN and infinities required at the
// same places.
import { isFloat, isComplex } from '../ir/dtype.ts';
import { formatShape, type Tensor } from '../ir/tensor.ts';

export interface Diff { ok: boolean; maxAbs: number; rel: number; message: string }

export function compareTensors(ours: Tensor, ref: Tensor, tol = 1e-6, minScale = 0): Diff {
  const fail = (message: string): Diff => ({ ok: false, maxAbs: Infinity, rel: Infinity, message });
  if (ours.dtype !== ref.dtype) return fail(`dtype ${ours.dtype} vs reference ${ref.dtype}`);
  if (formatShape(ours.shape) !== formatShape(ref.shape)) return fail(`shape ${formatShape(ours.shape)} vs reference ${formatShape(ref.shape)}`);
  const exact = !isFloat(ref.dtype) && !isComplex(ref.dtype);
  let scale = minScale;
  for (const v of ref.data) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  let maxAbs = 0;
  for (let i = 0; i < ref.data.length; i++) {
    const a = ours.data[i], b = ref.data[i];
    if (Number.isNaN(a) !== Number.isNaN(b)) return fail(`element ${i}: ${a} vs reference ${b} (NaN mismatch)`);
    if (Number.isNaN(a)) continue;
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
      if (a !== b) return fail(`element ${i}: ${a} vs reference ${b}`);
      continue;
    }
    const d = Math.abs(a - b);
    if (exact && d !== 0) return fail(`element ${i}: ${a} vs reference ${b} (exact dtype ${ref.dtype})`);
    maxAbs = Math.max(maxAbs, d);
  }
  const rel = scale > 0 ? maxAbs / scale : maxAbs;
  const ok = rel <= tol;
  return { ok, maxAbs, rel, message: `max abs ${maxAbs.toExponential(3)}, rel ${rel.toExponential(3)} (tol ${tol})` };
}
