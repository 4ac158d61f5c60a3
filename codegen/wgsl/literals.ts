// How the WGSL printer writes an f32 value as a literal WGSL reads back exactly: a short exact decimal,
// else a hexadecimal float, with the shortest decimal that rounds to it for comments.

/** The exact decimal expansion of a finite double if it has at most 12 significant digits ("0.5", "3.0",
 *  "0.000244140625"), else undefined. */
export function exactDecimal(v: number): string | undefined {
  if (Number.isInteger(v)) return Math.abs(v) < 1e12 ? `${v}.0` : undefined;
  const s = String(v);
  if (/e/.test(s)) return undefined;
  // a double with k fraction bits has exactly k fraction digits; String(v) is exact iff it has that many
  const frac = s.split('.')[1] ?? '';
  let k = 0;
  for (let m = Math.abs(v); !Number.isInteger(m); m *= 2) k++;
  if (frac.length !== k) return undefined;
  const significant = s.replace(/[-.]/g, '').replace(/^0+/, '');
  return significant.length <= 12 ? s : undefined;
}

/** The shortest decimal that rounds to the f32 `v` (for comments: 0.1, not 0.10000000149011612). */
export function shortestF32(v: number): string {
  for (let p = 1; p < 9; p++) {
    const s = v.toPrecision(p);
    if (Math.fround(Number(s)) === v) return String(Number(s));
  }
  return String(Number(v.toPrecision(9)));
}

/** Hexadecimal float literal of a finite nonzero f32: 0x1.99999ap-4f. */
export function hexFloat(v: number): string {
  const sign = v < 0 ? '-' : '';
  let m = Math.abs(v);
  let e = 0;
  while (m >= 2) { m /= 2; e++; }
  while (m < 1) { m *= 2; e--; }
  // m in [1, 2): 23 fraction bits of an f32 (subnormals are written normalised; WGSL accepts them exactly)
  const frac = Math.round((m - 1) * 2 ** 24).toString(16).padStart(6, '0').replace(/0+$/, '');
  return `${sign}0x1${frac ? `.${frac}` : ''}p${e}f`;
}
