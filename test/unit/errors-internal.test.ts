// Compiler bugs are InternalErrors, told apart from bad input; limits a user can reach are typed user
// errors naming the node.
import { describe, expect, it } from 'vitest';
import { splitWorkgroups } from '../../codegen/artifact.ts';
import { compileGraph } from '../../codegen/compile.ts';
import { printWgsl } from '../../codegen/wgsl/printer.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { InternalError, TargetError, TempofuseError } from '../../ir/errors.ts';
import { summarize } from '../../runtime/timing.ts';

function thrown(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const REPORT = 'This is a tempofuse bug; please report it with the command that was run and the network it was given';

describe('InternalError', () => {
  it('says it is a bug of tempofuse, where it happened and what to report; it is no user error', () => {
    const e = new InternalError('fusion lost a value', { node: '%3 = add', loc: 'net.ts:4:5', kernel: 'k1_add' });
    expect(e.toLine()).toBe(`InternalError: net.ts:4:5 %3 = add kernel k1_add: fusion lost a value. ${REPORT} ` +
      '(its file, or the graph as `tempofuse inspect --json` prints it)');
    expect(e).not.toBeInstanceOf(TempofuseError);
    expect(e.code).toBe('E_INTERNAL');
  });

  it('broken invariants of the code generators and runtimes are InternalErrors', () => {
    const tooMany = thrown(() => splitWorkgroups(65535 * 65535 + 1, 65535));
    expect(tooMany).toBeInstanceOf(InternalError);
    expect((tooMany as Error).message).toMatch(/^4294836226 workgroups exceed 65535 x 65535\. This is a tempofuse bug/);

    const b = new GraphBuilder('t');
    b.output('y', b.exp(b.input('x', 'f32', [2, 3])));
    const kernel = compileGraph(b.build()).kernels[0];
    const wgsl = thrown(() => printWgsl(kernel, { f16: 'f32-storage', comment: '', specialize: [1, 2, 3, 4, 5, 6, 7] }));
    expect(wgsl).toBeInstanceOf(InternalError);
    expect((wgsl as InternalError).kernel).toBe(kernel.name);

    expect(thrown(() => summarize([]))).toBeInstanceOf(InternalError);
  });
});

describe('limits of the target, reached by the user\'s options', () => {
  const whereGraph = () => {
    const b = new GraphBuilder('w');
    b.output('y', b.where(b.input('c', 'bool', [4]), b.input('x', 'f32', [4]), b.input('z', 'f32', [4])));
    return b.build();
  };

  it('an op that alone binds more storage buffers than allowed is a TargetError naming it', () => {
    const e = thrown(() => compileGraph(whereGraph(), { maxStorageBuffers: 3 }));
    expect(e).toBeInstanceOf(TargetError);
    expect((e as TargetError).toLine()).toMatch(/^TargetError: \S+errors-internal\.test\.ts:\d+:\d+ %3 = where: the op alone needs more storage buffers than a kernel may bind \(--max-storage-buffers\) \(expected at most 3, found 4\)$/);
  });

  it('a storage buffer limit below 3 is refused before anything is compiled', () => {
    const e = thrown(() => compileGraph(whereGraph(), { maxStorageBuffers: 2 }));
    expect(e).toBeInstanceOf(TargetError);
    expect((e as TargetError).message).toBe('maxStorageBuffers is too small for a kernel of two inputs (expected an integer >= 3, found 2)');
  });
});
