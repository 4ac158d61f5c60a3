// Places that cannot be written fail quickly with a FileError: under /proc, making a folder fails with
// ENOENT below a folder that exists, where Node's recursive mkdir retries forever.
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileError } from '../../ir/errors.ts';
import { buildFolder, checkWritable, makeFolder } from '../../io/files.ts';
import { expectOneLineError, runCli } from '../helpers/cli.ts';

const UNDER_PROC = '/proc/tempofuse-x/sub';

async function quickRejection(p: Promise<unknown>): Promise<unknown> {
  const t0 = Date.now();
  try {
    await p;
  } catch (e) {
    expect(Date.now() - t0).toBeLessThan(5_000);
    return e;
  }
  throw new Error('expected a rejection');
}

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'tempofuse-errfiles-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('making folders', () => {
  it('makes the missing folders of a path, and accepts one that exists', async () => {
    await makeFolder(join(dir, 'a', 'b', 'c'));
    expect((await stat(join(dir, 'a', 'b', 'c'))).isDirectory()).toBe(true);
    await makeFolder(join(dir, 'a', 'b'));
  });

  it('a file in the way is a FileError naming what was to be written', async () => {
    await writeFile(join(dir, 'f'), '');
    const e = await quickRejection(makeFolder(join(dir, 'f', 'g'), join(dir, 'f', 'g', 'y.json')));
    expect(e).toBeInstanceOf(FileError);
    expect((e as FileError).message).toBe(`cannot write ${join(dir, 'f', 'g', 'y.json')}: ENOTDIR`);
  });

  it('under /proc: a FileError at once, for folders, files and artifacts', async () => {
    expect(await quickRejection(makeFolder(UNDER_PROC))).toBeInstanceOf(FileError);
    expect(await quickRejection(checkWritable(`${UNDER_PROC}/y.safetensors`))).toBeInstanceOf(FileError);
    const built = await quickRejection(buildFolder(UNDER_PROC, async () => 'never'));
    expect((built as FileError).message).toMatch(/^cannot write \/proc\/tempofuse-x\/sub: E[A-Z]+$/);
  });
});

describe('commands writing under /proc', () => {
  it('compile --out fails with one line, having compiled nothing', async () => {
    expectOneLineError(await runCli(['compile', 'examples/tiny_video_net.ts', '--target', 'wgsl', '--out', UNDER_PROC]),
      /^error: FileError: cannot write \/proc\/tempofuse-x\/sub: E[A-Z]+$/);
  }, 30_000);

  it('bench --json fails with one line before anything is benchmarked', async () => {
    expectOneLineError(await runCli(['bench', 'examples/tiny_video_net.ts', '--json', `${UNDER_PROC}/bench.json`]),
      /^error: FileError: cannot write \/proc\/tempofuse-x\/sub\/bench\.json: E[A-Z]+$/);
  }, 30_000);

  it('init --out fails with one line', async () => {
    expectOneLineError(await runCli(['init', 'examples/tiny_video_net.ts', '--out', `${UNDER_PROC}/p.safetensors`]),
      /^error: FileError: cannot write \/proc\/tempofuse-x\/sub\/p\.safetensors: E[A-Z]+$/);
  }, 30_000);
});
