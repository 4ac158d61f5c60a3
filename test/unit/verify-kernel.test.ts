// The kernel IR verifier (codegen/verify-kernel.ts): every kernel the compiler builds passes it (the
// golden and op-case suites compile through it); hand-made bad kernels are rejected with an InternalError
// naming the kernel and what is wrong.
import { describe, expect, it } from 'vitest';
import { verifyKernel } from '../../codegen/verify-kernel.ts';
import type { Kernel, Stmt } from '../../codegen/kir.ts';
import { InternalError } from '../../ir/errors.ts';

const gid = { k: 'builtin', name: 'gid' } as const;
const one = { k: 'const', t: 'f32', v: 1 } as const;

/** A kernel reading in0 and writing out (f32), with `body`. */
function kernel(body: readonly Stmt[], atomic = false): Kernel {
  return {
    name: 'k_bad', syms: ['total'], shared: [], mapping: { kind: 'flat', workgroupSize: 64 }, traps: false, body,
    buffers: [{ name: 'in0', t: 'f32', access: 'read' }, { name: 'out', t: 'f32', access: 'read_write', ...(atomic ? { atomic: true as const } : {}) }],
  };
}

const rejects = (k: Kernel, what: RegExp) => {
  expect(() => verifyKernel(k)).toThrow(InternalError);
  expect(() => verifyKernel(k)).toThrow(/kernel k_bad: kernel IR check failed/);
  expect(() => verifyKernel(k)).toThrow(what);
};

describe('verifyKernel', () => {
  it('accepts a plain store and an accumulate into an atomic buffer', () => {
    expect(() => verifyKernel(kernel([{ k: 'store', buf: 'out', index: gid, value: { k: 'load', buf: 'in0', index: gid, t: 'f32' } }]))).not.toThrow();
    expect(() => verifyKernel(kernel([{ k: 'accumulate', buf: 'out', index: gid, value: one }], true))).not.toThrow();
  });

  it('rejects a store into an input', () => {
    rejects(kernel([{ k: 'store', buf: 'in0', index: gid, value: one }]), /writes buffer 'in0', which is read-only/);
  });

  it('rejects an accumulate into a buffer that is not atomic, and a store or load of an atomic one', () => {
    rejects(kernel([{ k: 'accumulate', buf: 'out', index: gid, value: one }]), /accumulates into buffer 'out', which is not atomic/);
    rejects(kernel([{ k: 'store', buf: 'out', index: gid, value: one }], true), /stores into atomic buffer 'out'/);
    rejects(kernel([{ k: 'let', name: 'v', t: 'f32', init: { k: 'load', buf: 'out', index: gid, t: 'f32' }, mutable: false }], true), /loads from atomic buffer 'out'/);
  });

  it('rejects an undeclared buffer, local or uniform', () => {
    rejects(kernel([{ k: 'store', buf: 'out2', index: gid, value: one }]), /buffer 'out2', which is not declared/);
    rejects(kernel([{ k: 'store', buf: 'out', index: gid, value: { k: 'var', name: 'v', t: 'f32' } }]), /local 'v' where none is declared/);
    rejects(kernel([{ k: 'store', buf: 'out', index: { k: 'sym', name: 'n' }, value: one }]), /uniform 'n'/);
  });

  it('rejects types that disagree', () => {
    rejects(kernel([{ k: 'store', buf: 'out', index: gid, value: { k: 'const', t: 'i32', v: 1 } }]), /the value written into 'out' is i32, expected f32/);
    rejects(kernel([{ k: 'store', buf: 'out', index: one, value: one }]), /the index into 'out' is f32, expected i32/);
    rejects(kernel([{ k: 'let', name: 'v', t: 'f32', init: { k: 'load', buf: 'in0', index: gid, t: 'i32' }, mutable: false }]), /loads buffer 'in0' \(f32\) as i32/);
  });

  it('rejects a trap in a kernel that does not declare it, and an atomic buffer of a type without atomics', () => {
    rejects(kernel([{ k: 'trap', code: 1 }]), /traps but does not declare it/);
    const f16: Kernel = { ...kernel([], true), buffers: [{ name: 'out', t: 'f16', access: 'read_write', atomic: true }] };
    rejects(f16, /holds f16, which cannot be added atomically/);
  });

  describe('group_reduce', () => {
    const lid = { k: 'builtin', name: 'lid' } as const;
    const v = (name: string) => ({ k: 'var', name, t: 'f32' } as const);
    const sum = (over: Partial<Extract<Stmt, { k: 'group_reduce' }>> = {}): Stmt => ({
      k: 'group_reduce', name: 'r', t: 'f32', value: one, arr: 'partial', lhs: 'a', rhs: 'b',
      combine: { k: 'bin', op: '+', a: v('a'), b: v('b'), t: 'f32' }, ...over,
    });
    const store: Stmt = { k: 'store', buf: 'out', index: lid, value: v('r') };
    const group = (body: readonly Stmt[], size = 64): Kernel => ({
      ...kernel(body), mapping: { kind: 'group', workgroupSize: 64 }, shared: [{ name: 'partial', t: 'f32', size }],
    });

    it('accepts a reduction at the top of a cooperative kernel, its result declared after it', () => {
      expect(() => verifyKernel(group([sum(), store]))).not.toThrow();
    });

    it('accepts one in a branch or loop every invocation of the workgroup takes alike (tests on wid, uniforms, such locals)', () => {
      const wid = { k: 'builtin', name: 'wid' } as const;
      const row: Stmt = { k: 'let', name: 'row', t: 'i32', init: { k: 'bin', op: '*', a: wid, b: { k: 'sym', name: 'total' }, t: 'i32' }, mutable: false };
      const onWid: Stmt = { k: 'if', cond: { k: 'bin', op: '<', a: { k: 'var', name: 'row', t: 'i32' }, b: { k: 'const', t: 'i32', v: 4 }, t: 'bool' }, then: [sum(), store] };
      expect(() => verifyKernel(group([row, onWid]))).not.toThrow();
      const loop: Stmt = { k: 'for', v: 'i', start: { k: 'const', t: 'i32', v: 0 }, end: { k: 'sym', name: 'total' }, step: { k: 'const', t: 'i32', v: 1 }, body: [sum(), store] };
      expect(() => verifyKernel(group([loop]))).not.toThrow();
      // a local read from memory is not known to be uniform
      const loaded: Stmt = { k: 'let', name: 'row', t: 'i32', init: { k: 'cast', to: 'i32', a: { k: 'load', buf: 'in0', index: wid, t: 'f32' } }, mutable: false };
      rejects(group([loaded, onWid]), /inside a loop or branch whose test may differ/);
    });

    it('rejects one in a flat kernel, or in a loop or branch (not every invocation would reach it)', () => {
      rejects({ ...group([sum()]), mapping: { kind: 'flat', workgroupSize: 64 } }, /group_reduce 'r' is in a kernel that is not a cooperative reduction/);
      rejects(group([{ k: 'if', cond: { k: 'bin', op: '<', a: lid, b: { k: 'const', t: 'i32', v: 1 }, t: 'bool' }, then: [sum()] }]), /inside a loop or branch whose test may differ between invocations/);
    });

    it('rejects a workgroup array of another size or type, and a value of another type', () => {
      rejects(group([sum()], 32), /needs workgroup array 'partial' of 64 elements/);
      rejects(group([sum({ t: 'i32', combine: { k: 'const', t: 'i32', v: 0 }, value: { k: 'const', t: 'i32', v: 0 } })]), /group_reduce 'r' is i32, its workgroup array 'partial' f32/);
      rejects(group([sum({ value: { k: 'const', t: 'i32', v: 1 } })]), /the value group_reduce 'r' combines is i32, expected f32/);
    });

    it('rejects a combine that reads anything but its two operands', () => {
      rejects(group([{ k: 'let', name: 'c', t: 'f32', init: one, mutable: false }, sum({ combine: { k: 'bin', op: '+', a: v('a'), b: v('c'), t: 'f32' } })]), /local 'c' where none is declared/);
      rejects(group([sum({ combine: { k: 'bin', op: '+', a: v('a'), b: { k: 'load', buf: 'in0', index: lid, t: 'f32' }, t: 'f32' } })]), /reads memory or a uniform/);
    });
  });
});
