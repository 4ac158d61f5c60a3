// Tiled kernels for matrix products (matmul, conv as an implicit product: lowering.ts GemmForm). Each
// workgroup of TILE_SIDE x TILE_SIDE invocations computes a rows x cols tile of one product C[b]; each
// invocation a (rows / TILE_SIDE) x (cols / TILE_SIDE) block of it in registers, at rows ty + TILE_SIDE·i
// and columns tx + TILE_SIDE·j of the tile (neighbouring invocations write neighbouring columns). The
// reduction runs in steps of TILE_K: the workgroup loads the step's slices of A (rows x TILE_K) and B
// (TILE_K x cols) into workgroup memory, each element once and each invocation a few of them, then every
// invocation reads its rows and columns from there: a tile element loaded from memory serves cols (or
// rows) / TILE_SIDE multiply-adds per invocation instead of one. Each output still sums its products in
// the order of the reduction index, so f32 results round as the one-loop lowering's do. The epilogue
// computes the kernel's root (the fused elementwise ops over the product) at each output of the block.
import * as x from './kexpr.ts';
import type { Expr, KType, Stmt } from './kir.ts';
import type { GemmForm, LowerCtx, Mutable } from './lowering.ts';

/** Invocations along each side of a tile's workgroup (TILE_SIDE² per workgroup). */
export const TILE_SIDE = 8;
export const TILE_INVOCATIONS = TILE_SIDE * TILE_SIDE;
/** Reduction elements per step (loaded into workgroup memory between two barriers). */
export const TILE_K = 8;

/** A product's tile: rows and columns, each a multiple of TILE_SIDE. */
export interface TileShape {
  readonly rows: number;
  readonly cols: number;
}

/** What the tiled body needs of the kernel builder beyond a lowering's context. */
export interface TileHost extends LowerCtx {
  /** fn's result, with graph node `node` as the op being lowered (ctx.input reads its inputs). */
  lowering<T>(node: number, fn: () => T): T;
  /** A kernel-wide uniform. */
  named(name: string, value: number): Expr;
  /** Declares a workgroup array; returns its name. */
  sharedArray(hint: string, t: KType, size: number): string;
  emit(s: Stmt): void;
  /** Stores the kernel's root at the product's output index `idx`, where the product's value is `value`. */
  storeAt(idx: readonly Expr[], value: Expr): void;
}

/** Workgroups a product of `form` takes in tiles of `tile`. */
export const tileCount = (form: GemmForm, tile: TileShape): number =>
  form.batch * Math.ceil(form.m / tile.rows) * Math.ceil(form.n / tile.cols);

/** The tiled body of a kernel whose product is node `member` of form `form`. */
export function emitTiledGemm(h: TileHost, member: number, form: GemmForm, tile: TileShape): void {
  const wid: Expr = { k: 'builtin', name: 'wid' };
  const lid: Expr = { k: 'builtin', name: 'lid' };
  const [rm, rn] = [tile.rows / TILE_SIDE, tile.cols / TILE_SIDE];
  const [tilesM, tilesN] = [Math.ceil(form.m / tile.rows), Math.ceil(form.n / tile.cols)];
  // workgroup -> (product, row tile, column tile), column tiles fastest
  const nIdx = tilesN === 1 ? x.i32(0) : h.let(x.mod(wid, h.named('tiles_n', tilesN)), 'tile_n');
  const rest = tilesN === 1 ? wid : h.let(x.div(wid, h.named('tiles_n', tilesN)), 'tile_rest');
  const mIdx = tilesM === 1 ? x.i32(0) : h.let(x.mod(rest, h.named('tiles_m', tilesM)), 'tile_m');
  const b = form.batch === 1 ? x.i32(0) : tilesM === 1 ? rest : h.let(x.div(rest, h.named('tiles_m', tilesM)), 'prod');
  const m0 = h.let(x.mul(mIdx, x.i32(tile.rows)), 'm0');
  const n0 = h.let(x.mul(nIdx, x.i32(tile.cols)), 'n0');
  const ty = h.let(x.div(lid, x.i32(TILE_SIDE)), 'ty');
  const tx = h.let(x.mod(lid, x.i32(TILE_SIDE)), 'tx');
  const M = h.named('gemm_m', form.m), N = h.named('gemm_n', form.n), K = h.named('gemm_k', form.k);
  // (bounds are tested only along axes the tiles do not divide)
  const within = (i: Expr, size: Expr, exact: boolean): Expr => (exact ? x.bool(true) : x.lt(i, size));
  const clamp = (i: Expr, size: Expr, exact: boolean): Expr => (exact ? i : x.call('min', [i, x.sub(size, x.i32(1))]));
  const [mExact, nExact, kExact] = [form.m % tile.rows === 0, form.n % tile.cols === 0, form.k % TILE_K === 0];

  const aTile = h.sharedArray('a_tile', 'f32', TILE_K * tile.rows); // [kk][row]
  const bTile = h.sharedArray('b_tile', 'f32', TILE_K * tile.cols); // [kk][col]
  const accs: Mutable[][] = Array.from({ length: rm }, () => Array.from({ length: rn }, () => h.mutable(x.f32(0), 'acc')));
  // one step's loads: element e of the invocation's share, as (position along the reduction, row or
  // column); a 0 where the tile overhangs the product
  const fill = (arr: string, side: number, kFastest: boolean, element: (kk: Expr, rc: Expr) => { value: Expr; ok: Expr }) => {
    for (let e = 0; e < (TILE_K * side) / TILE_INVOCATIONS; e++) {
      const flat = x.add(lid, x.i32(e * TILE_INVOCATIONS));
      const [kk, rc] = kFastest
        ? [x.mod(flat, x.i32(TILE_K)), x.div(flat, x.i32(TILE_K))]
        : [x.div(flat, x.i32(side)), x.mod(flat, x.i32(side))];
      const at = [h.let(kk, 'kk'), h.let(rc, 'rc')] as const;
      const { value, ok } = element(at[0], at[1]);
      const stored = ok.k === 'const' ? value : x.select(h.let(ok, 'ok'), value, x.f32(0));
      h.emit({ k: 'shared_store', arr, index: x.add(x.mul(at[0], x.i32(side)), at[1]), value: stored });
    }
  };
  h.loop(K, (k0) => {
    // A's slice with the reduction fastest (A rows are contiguous along it), B's with columns fastest
    fill(aTile, tile.rows, true, (kk, row) => {
      const [m, r] = [h.let(x.add(m0, row), 'am'), h.let(x.add(k0, kk), 'ak')];
      const value = h.lowering(member, () => form.a(h, b, clamp(m, M, mExact), clamp(r, K, kExact)));
      return { value, ok: x.and(within(m, M, mExact), within(r, K, kExact)) };
    });
    fill(bTile, tile.cols, false, (kk, col) => {
      const [r, n] = [h.let(x.add(k0, kk), 'bk'), h.let(x.add(n0, col), 'bn')];
      const value = h.lowering(member, () => form.b(h, b, clamp(r, K, kExact), clamp(n, N, nExact)));
      return { value, ok: x.and(within(r, K, kExact), within(n, N, nExact)) };
    });
    h.emit({ k: 'barrier' });
    for (let kk = 0; kk < TILE_K; kk++) {
      const read = (arr: string, side: number, at: Expr, i: number, hint: string) =>
        h.let({ k: 'shared_load', arr, index: x.add(at, x.i32(kk * side + i * TILE_SIDE)), t: 'f32' }, hint);
      const as = Array.from({ length: rm }, (_, i) => read(aTile, tile.rows, ty, i, 'av'));
      const bs = Array.from({ length: rn }, (_, j) => read(bTile, tile.cols, tx, j, 'bv'));
      accs.forEach((row, i) => row.forEach((acc, j) => acc.set(x.add(acc.ref, x.mul(as[i], bs[j])))));
    }
    // (the next step overwrites the tiles)
    h.emit({ k: 'barrier' });
  }, { step: x.i32(TILE_K), hint: 'k0' });

  for (let j = 0; j < rn; j++) {
    const n = h.let(x.add(n0, x.add(tx, x.i32(j * TILE_SIDE))), 'n');
    for (let i = 0; i < rm; i++) {
      const m = h.let(x.add(m0, x.add(ty, x.i32(i * TILE_SIDE))), 'm');
      const idx = h.lowering(member, () => form.out(h, b, m, n));
      const inside = x.and(within(m, M, mExact), within(n, N, nExact));
      if (inside.k === 'const') h.storeAt(idx, accs[i][j].ref);
      else h.when(inside, () => h.storeAt(idx, accs[i][j].ref));
    }
  }
}
