// Errors raised while a network module loads: located at the network's own lines, told apart from
// tempofuse's, and ended by the time limit when the build function does not return. Options an nn/
// block does not have are refused.
import { describe, expect, it } from 'vitest';
import { AttrError, InternalError, NetworkCodeError, NetworkError, TempofuseError, TimeoutError } from '../../ir/errors.ts';
import { thrownByTempofuse, userLocation } from '../../ir/location.ts';
import { GraphBuilder } from '../../ir/builder.ts';
import { cosineSelect } from '../../nn/cossim.ts';
import { gruCell } from '../../nn/gru.ts';
import { poolingHead } from '../../nn/head.ts';
import { linear } from '../../nn/linear.ts';
import { mtBlockCode, mtConvCode } from '../../nn/mtconv-code.ts';
import { mtBlock, mtconv } from '../../nn/mtconv-paper.ts';
import { batchNorm, layerNorm } from '../../nn/norm.ts';
import { bn, bottleneck, c2dStem, conv, conv3dBnRelu, convBnRelu, layer, resnet3dStem, stem, tsnStem } from '../../nn/resnet.ts';
import { sgs } from '../../nn/sgs.ts';
import { sifa } from '../../nn/sifa.ts';
import { softPool } from '../../nn/softpool.ts';
import { tam } from '../../nn/tam.ts';
import { loadNetwork } from '../../runtime/network.ts';
import { expectOneLineError, ROOT, runCli } from '../helpers/cli.ts';

const FIX = 'test/fixtures/networks';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}

describe('exceptions of the network\'s own code', () => {
  it('keep the network\'s file:line:col and say they are not tempofuse\'s', async () => {
    const e = await rejection(loadNetwork(`${FIX}/throws_error.ts`));
    expect(e).toBeInstanceOf(NetworkCodeError);
    const err = e as NetworkCodeError;
    expect(err.loc).toBe(`${FIX}/throws_error.ts:6:27`);
    expect(err.message).toBe(`${FIX}/throws_error.ts:6:27: the network's own code threw Error: no weights for this size ` +
      '(while its build function ran; not an error of tempofuse)');
    expect((err.cause as Error).message).toBe('no weights for this size');
  });

  it('a TypeError of the network (a method that does not exist) is located at its call', async () => {
    const e = await rejection(loadNetwork(`${FIX}/type_error.ts`));
    expect(e).toBeInstanceOf(NetworkCodeError);
    expect((e as NetworkCodeError).toLine()).toMatch(new RegExp(`^NetworkCodeError: ${FIX}/type_error\\.ts:6:\\d+: the network's own code threw TypeError: b\\.conv2 is not a function`));
  });

  it('an exception of the module\'s top-level code is located too', async () => {
    const e = await rejection(loadNetwork(`${FIX}/throws_on_import.ts`));
    expect(e).toBeInstanceOf(NetworkCodeError);
    expect((e as NetworkCodeError).message).toMatch(new RegExp(`^${FIX}/throws_on_import\\.ts:4:\\d+: the network's own code threw SyntaxError: .*\\(while it was imported; `));
  });

  it('the command prints it in one line with exit code 1', async () => {
    expectOneLineError(await runCli(['check', `${FIX}/throws_error.ts`]),
      `error: NetworkCodeError: ${FIX}/throws_error.ts:6:27: the network's own code threw Error: no weights for this size (while its build function ran; not an error of tempofuse)`);
  });
});

describe('an untyped exception of tempofuse\'s own code, called from a network', () => {
  it('is an InternalError naming the network\'s call', async () => {
    const e = await rejection(loadNetwork(`${FIX}/tempofuse_type_error.ts`));
    expect(e).toBeInstanceOf(InternalError);
    expect(e).not.toBeInstanceOf(TempofuseError);
    expect((e as InternalError).message).toMatch(new RegExp(`^TypeError: .*, in a call from ${FIX}/tempofuse_type_error\\.ts:6:\\d+\\. This is a tempofuse bug; please report it`));
  });

  it('the command prints it as an internal error with the command and the stack, exit code 3', async () => {
    const r = await runCli(['check', `${FIX}/tempofuse_type_error.ts`]);
    expect(r.code).toBe(3);
    expect(r.stdout).toBe('');
    const [first, command, ...stack] = r.stderr.trimEnd().split('\n');
    expect(first).toMatch(/^internal error: InternalError: TypeError: .* This is a tempofuse bug; please report it with the command that was run and the network/);
    expect(command).toBe(`command: tempofuse check ${FIX}/tempofuse_type_error.ts`);
    expect(stack[0]).toMatch(/^ {4}at .*ir\/builder\.ts:\d+:\d+\)$/); // where the bug is
    expect(stack.every((l) => /^ {4}at /.test(l))).toBe(true);
  });

  it('frames tell tempofuse\'s code from the user\'s', () => {
    const e = new TypeError('x');
    e.stack = `TypeError: x\n    at f (${ROOT}nn/dtf.ts:3:4)\n    at build (/home/u/net.ts:10:5)\n    at g (${ROOT}runtime/network.ts:1:1)`;
    expect(thrownByTempofuse(e)).toBe(true);
    expect(userLocation(e)).toMatch(/\/home\/u\/net\.ts:10:5$/);
    e.stack = `TypeError: x\n    at build (/home/u/net.ts:10:5)\n    at g (${ROOT}runtime/network.ts:1:1)`;
    expect(thrownByTempofuse(e)).toBe(false);
  });
});

describe('a bad option given to an nn/ block', () => {
  it('is located at the network\'s call of the block', async () => {
    const e = await rejection(loadNetwork(`${FIX}/bad_block_option.ts`));
    expect(e).toBeInstanceOf(AttrError);
    expect((e as AttrError).toLine()).toBe(`AttrError: ${FIX}/bad_block_option.ts:7:10: dtf: option 'K' must be odd (a window centred on the pixel) (expected an odd integer, found 2)`);
  });

  it('an option the block does not have is refused, at the call, not ignored', async () => {
    const e = await rejection(loadNetwork(`${FIX}/unknown_block_option.ts`));
    expect(e).toBeInstanceOf(AttrError);
    expect((e as AttrError).toLine()).toBe(`AttrError: ${FIX}/unknown_block_option.ts:8:34: dtf 'layer1': unknown option 'groups' ` +
      '(expected one of channels, clipLen, training, K, G, variant, eps, momentum, found groups)');
  });

  it('every block with options refuses one it does not have', () => {
    const b = new GraphBuilder('t');
    const x = b.input('x', 'f32', [2, 4, 4, 3, 3]);
    const flat = b.input('f', 'f32', [2, 4]);
    const flat4 = b.input('f4', 'f32', [2, 4, 3, 3]);
    const calls: [string, (extra: object) => unknown][] = [
      ['linear', (o) => linear(b, flat, { in: 4, out: 2, ...o })],
      ['layerNorm', (o) => layerNorm(b, flat, { shape: 4, ...o })],
      ['batchNorm', (o) => batchNorm(b, flat, { features: 4, training: false, ...o })],
      ['gruCell', (o) => gruCell(b, flat, undefined, { input: 4, hidden: 2, ...o })],
      ['softPool', (o) => softPool(b, x, { ...o })],
      ['poolingHead', (o) => poolingHead(b, x, { classes: 3, ...o })],
      ['cosineSelect', (o) => cosineSelect(b, x, { variant: 'code', ...o })],
      ['tam', (o) => tam(b, b.input('t', 'f32', [8, 4, 3, 3]), { channels: 4, segments: 4, training: false, ...o })],
      ['sgs', (o) => sgs(b, x, { training: false, ...o })],
      ['sifa', (o) => sifa(b, x, { ...o })],
      ['mtconv', (o) => mtconv(b, x, { in: 4, out: 4, training: false, ...o })],
      ['mtBlock', (o) => mtBlock(b, x, { channels: 4, width: 4, training: false, ...o })],
      ['mtConvCode', (o) => mtConvCode(b, [x, x], { in: 4, out: 4, training: false, ...o })],
      ['mtBlockCode', (o) => mtBlockCode(b, [x, x], { inplanes: 4, planes: 4, training: false, ...o })],
      ['bn', (o) => bn(b, x, 'bn', 4, { training: false, ...o })],
      ['conv', (o) => conv(b, x, 'conv', { in: 4, out: 4, kernel: [1, 1, 1], ...o })],
      ['convBnRelu', (o) => convBnRelu(b, x, { in: 4, out: 4, kernel: [1, 1, 1], training: false, ...o })],
      ['conv3dBnRelu', (o) => conv3dBnRelu(b, x, { in: 4, out: 4, kernel: [1, 1, 1], training: false, ...o })],
      ['stem', (o) => stem(b, x, { in: 4, out: 4, kernel: [1, 1, 1], stride: [1, 1, 1], padding: [0, 0, 0], training: false, ...o })],
      ['c2dStem', (o) => c2dStem(b, x, { in: 4, earlyStride: 2, training: false, ...o })],
      ['resnet3dStem', (o) => resnet3dStem(b, x, { in: 4, training: false, ...o })],
      ['tsnStem', (o) => tsnStem(b, flat4, { in: 4, training: false, ...o })],
      ['bottleneck', (o) => bottleneck(b, x, { layout: '3d', inplanes: 4, planes: 1, training: false, ...o })],
      ['layer', (o) => layer(b, x, { layout: '3d', inplanes: 4, planes: 1, blocks: 1, training: false, ...o })],
    ];
    for (const [block, call] of calls) {
      expect(() => call({ strid: 2 }), block).toThrow(new RegExp(`^${block}: unknown option 'strid' \\(expected one of .*, found strid\\)$`));
    }
  });

  it("nn/resnet.ts's helpers name the block and its scope, and pass options on to one another without refusing them", () => {
    const b = new GraphBuilder('t');
    const y = b.input('y', 'f32', [2, 4, 2, 3, 3]);
    const misspelt = { layout: '3d', inplanes: 4, planes: 1, training: false, inplane: 4 } as object as Parameters<typeof bottleneck>[2];
    expect(() => b.scope('layer1', () => b.scope('0', () => bottleneck(b, y, misspelt)))).toThrow("bottleneck 'layer1.0': unknown option 'inplane'");
    // c2dStem passes earlyStride, and stem maxpool, on to helpers that do not take them
    const stemmed = c2dStem(b, b.input('x', 'f32', [2, 3, 8, 16, 16]), { training: false, out: 4 });
    expect(stemmed.shape).toEqual([2, 4, 2, 4, 4]);
    expect(() => layer(b, stemmed, { layout: '3d', inplanes: 4, planes: 1, blocks: 2, stride: 2, training: false, block: () => ({ widht: 2 }) as object }))
      .toThrow(/^bottleneck '0': unknown option 'widht'/);
  });
});

describe('the time limit on loading a network', () => {
  const LIMIT = (file: string, s: string) => `${FIX}/${file}: the network did not finish loading within the time limit of ${s} s ` +
    '(a loop that does not end, in its top-level code or its build function? --timeout <seconds> sets the limit)';

  it('ends a build function that does not return with a TimeoutError naming the file and the limit', async () => {
    const t0 = Date.now();
    const e = await rejection(loadNetwork(`${FIX}/endless_loop.ts`, {}, { timeout: 0.5 }));
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(e).toBeInstanceOf(TimeoutError);
    expect((e as TimeoutError).message).toBe(LIMIT('endless_loop.ts', '0.5'));
  });

  it('ends a module whose top-level code does not return (the import itself) alike', async () => {
    const t0 = Date.now();
    const e = await rejection(loadNetwork(`${FIX}/endless_import.ts`, {}, { timeout: 0.5 }));
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(e).toBeInstanceOf(TimeoutError);
    expect((e as TimeoutError).message).toBe(LIMIT('endless_import.ts', '0.5'));
  });

  it('a network that ends the process while it loads is an error, and this process goes on', async () => {
    const e = await rejection(loadNetwork(`${FIX}/exits_process.ts`));
    expect(e).toBeInstanceOf(NetworkError);
    expect((e as NetworkError).message).toBe(`${FIX}/exits_process.ts: the network's code ended the process (process.exit(7)) while it was loaded`);
  });

  it('leaves a network that builds in time as it was, with its source locations', async () => {
    const g = await loadNetwork('examples/tiny_video_net.ts', {}, { timeout: 30 });
    expect(g.nodes.find((n) => n.op === 'conv')?.loc).toMatch(/^examples\/tiny_video_net\.ts:\d+:\d+$/);
  });

  it('--timeout on the command line', async () => {
    const t0 = Date.now();
    expectOneLineError(await runCli(['check', `${FIX}/endless_loop.ts`, '--timeout', '2']),
      `error: TimeoutError: ${LIMIT('endless_loop.ts', '2')}`);
    expectOneLineError(await runCli(['check', `${FIX}/endless_import.ts`, '--timeout', '2']), `error: TimeoutError: ${LIMIT('endless_import.ts', '2')}`);
    expect(Date.now() - t0).toBeLessThan(30_000);
    const bad = await runCli(['check', `${FIX}/throws_error.ts`, '--timeout', '0']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--timeout <seconds>' argument '0' is invalid/);
  }, 40_000);
});
