// What the project writes and which files it reads: whole-file writes (temporary file + rename), `compile`
// replacing --out whole (refusing a folder that is not an artifact unless --force, never leaving a broken
// or stale artifact), graph names that would leave --out, manifest paths that leave the artifact folder,
// file contents kept out of error messages, `run --out` checked before the run, and EPIPE on stdout.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { link, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TempofuseError } from '../../ir/errors.ts';
import { Tensor } from '../../ir/tensor.ts';
import { joinInside, writeFileAtomic } from '../../io/files.ts';
import { decodeSafetensors, saveSafetensors } from '../../io/safetensors.ts';
import { expectOneLineError, ROOT, runCli as cli } from '../helpers/cli.ts';

const EXAMPLE = 'examples/tiny_video_net.ts';
const SMALL = 'test/fixtures/golden/spectral_filter.ts';
const SECRET = 'root:x:0:0:do-not-print';

/** The manifest fields that name files, as a test edits them. */
interface EditableManifest { graph?: string; constants?: string; modules: { file: string }[]; sha256: Record<string, string> }

let dir: string;
const tmp = (name: string) => join(dir, name);

/** Every file under `d` with its bytes, by relative path. */
async function snapshot(d: string): Promise<Record<string, string>> {
  const entries = (await readdir(d, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());
  const files = await Promise.all(entries.map(async (e) => [join(e.parentPath, e.name).slice(d.length + 1), (await readFile(join(e.parentPath, e.name))).toString('base64')] as const));
  return Object.fromEntries(files.sort());
}

/** A copy of the artifact `from` at `to`, its manifest edited by `edit`. */
async function editedArtifact(from: string, to: string, edit: (m: EditableManifest) => void): Promise<void> {
  await mkdir(to);
  for (const [f, b64] of Object.entries(await snapshot(from))) {
    await mkdir(join(to, f, '..'), { recursive: true });
    await writeFile(join(to, f), Buffer.from(b64, 'base64'));
  }
  const m = JSON.parse(await readFile(join(to, 'manifest.json'), 'utf8')) as EditableManifest;
  edit(m);
  await writeFile(join(to, 'manifest.json'), JSON.stringify(m));
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tempofuse-cli-files-'));
  await writeFile(tmp('secret.json'), `${SECRET}\n`);
  expect((await cli(['compile', SMALL, '--target', 'wgsl', '--out', tmp('small')])).code).toBe(0);
}, 60_000);
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('writes are whole: a temporary file beside the target, renamed over it', () => {
  it('saveSafetensors replaces the file instead of rewriting it in place (a hard link keeps the old bytes)', async () => {
    const [path, old] = [tmp('t.safetensors'), tmp('t-old.safetensors')];
    await saveSafetensors(path, { a: new Tensor('f32', [1], new Float64Array([1])) });
    await link(path, old);
    await saveSafetensors(path, { a: new Tensor('f32', [1], new Float64Array([2])) });
    expect(decodeSafetensors(await readFile(old)).tensors.get('a')!.data[0]).toBe(1);
    expect(decodeSafetensors(await readFile(path)).tensors.get('a')!.data[0]).toBe(2);
    expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('a write that fails is a FileError and leaves no temporary file', async () => {
    await mkdir(tmp('a-folder'));
    await expect(writeFileAtomic(tmp('a-folder'), 'new')).rejects.toThrow(`cannot write ${tmp('a-folder')}: EISDIR`);
    expect((await readdir(dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});

describe('compile --out: built beside, swapped in whole', () => {
  it('replaces an earlier artifact whole: no kernel of it stays', async () => {
    const out = tmp('replaced');
    expect((await cli(['compile', EXAMPLE, '--target', 'wgsl', '--out', out, '--emit-ts'])).code).toBe(0);
    expect((await cli(['compile', SMALL, '--target', 'wgsl', '--out', out])).code).toBe(0);
    expect(await snapshot(out)).toEqual(await snapshot(tmp('small')));
  }, 60_000);

  it('a compile that fails half way (nvcc) leaves the earlier artifact as it was, and nothing beside it', async () => {
    const out = tmp('kept');
    const nvcc = tmp('failing-nvcc');
    await writeFile(nvcc, '#!/bin/sh\n[ "$1" = --version ] && { echo "fake nvcc"; exit 0; }\necho "no" >&2\nexit 1\n', { mode: 0o755 });
    expect((await cli(['compile', SMALL, '--target', 'wgsl', '--out', out])).code).toBe(0);
    const before = await snapshot(out);
    const r = await cli(['compile', SMALL, '--target', 'cuda', '--no-cache', '--out', out], { NVCC: nvcc });
    expect(r.stderr).toMatch(/^error: TargetError: nvcc could not compile/);
    expect(r.code).toBe(1);
    expect(await snapshot(out)).toEqual(before);
    expect((await readdir(dir)).filter((f) => f.startsWith('.kept'))).toEqual([]);
  }, 60_000);

  it('refuses a non-empty folder that is not a tempofuse artifact, or a file, unless --force', async () => {
    const out = tmp('mine');
    await mkdir(out);
    await writeFile(join(out, 'manifest.json'), '{"mine": true}\n');
    expectOneLineError(await cli(['compile', SMALL, '--target', 'wgsl', '--out', out]),
      `error: FileError: --out ${out} is a non-empty folder that is not a tempofuse artifact; pass --force to replace it`);
    expect(await snapshot(out)).toEqual({ 'manifest.json': Buffer.from('{"mine": true}\n').toString('base64') });
    await writeFile(tmp('a-file'), 'x');
    expectOneLineError(await cli(['compile', SMALL, '--target', 'wgsl', '--out', tmp('a-file')]),
      `error: FileError: --out ${tmp('a-file')} is a file; pass --force to replace it`);
    expect((await cli(['compile', SMALL, '--target', 'wgsl', '--out', out, '--force'])).code).toBe(0);
    expect(await snapshot(out)).toEqual(await snapshot(tmp('small')));
  }, 60_000);

  it('a graph name that is not a plain file name is refused with --emit-ts, before anything is written', async () => {
    const graph = JSON.parse(await readFile(tmp('small/graph.json'), 'utf8')) as { name: string };
    graph.name = '../../escaped_file';
    await writeFile(tmp('escaping.json'), JSON.stringify(graph));
    await mkdir(tmp('deep/er'), { recursive: true });
    expectOneLineError(await cli(['compile', tmp('escaping.json'), '--target', 'wgsl', '--out', tmp('deep/er/out'), '--emit-ts']),
      'error: FileError: --emit-ts: the graph name cannot name the file <out>/<name>.ts (expected letters, digits, _ . - (not . first), found "../../escaped_file")');
    expect(await readdir(dir)).not.toContain('escaped_file.ts');
    expect(await readdir(tmp('deep/er'))).toEqual([]);
  });
});

describe('paths in a manifest stay inside the artifact folder; errors never quote a file', () => {
  const cases: [string, (m: EditableManifest) => void | Promise<void>, string][] = [
    ['graph', (m) => { m.graph = '../secret.json'; }, 'manifest.json graph leaves the folder (expected a relative path inside it, found "../secret.json")'],
    ['constants', (m) => { m.constants = '/etc/passwd'; }, 'manifest.json constants leaves the folder (expected a relative path inside it, found "/etc/passwd")'],
    ['modules[0].file', (m) => { m.modules[0].file = 'kernels/../../secret.json'; }, 'manifest.json modules[0].file leaves the folder (expected a relative path inside it, found "kernels/../../secret.json")'],
  ];
  for (const [field, edit, message] of cases) {
    it(`${field} outside the folder is a FileError naming the field`, async () => {
      const a = tmp(`edited-${field}`);
      await editedArtifact(tmp('small'), a, edit);
      expectOneLineError(await cli(['run', a]), `error: FileError: artifact ${a}: ${message}`);
    });
  }

  it('a symbolic link out of the folder is a FileError naming the field', async () => {
    const a = tmp('linked');
    await editedArtifact(tmp('small'), a, (m) => { m.graph = 'linked.json'; });
    await symlink(tmp('secret.json'), join(a, 'linked.json'));
    expectOneLineError(await cli(['run', a]),
      `error: FileError: artifact ${a}: manifest.json graph leaves the folder through a symbolic link (expected a file inside it, found "linked.json")`);
  });

  it('a file inside the folder that is not JSON is reported without its content', async () => {
    const a = tmp('not-json-graph');
    // the manifest records the file's hash, so that its content is read (and parsed) at all
    const named = async (text: string) => {
      await rm(a, { recursive: true, force: true });
      await editedArtifact(tmp('small'), a, (m) => {
        m.graph = 'secret.json';
        delete m.sha256['graph.json'];
        m.sha256['secret.json'] = createHash('sha256').update(text).digest('hex');
      });
      await writeFile(join(a, 'secret.json'), text);
    };
    await named(`{"name": 1,\n ${SECRET}}`);
    expectOneLineError(await cli(['run', a]), `error: ParseError: ${join(a, 'secret.json')} is not JSON (expected double-quoted property name at line 2, column 2)`);
    await named(SECRET);
    expectOneLineError(await cli(['run', a]), `error: ParseError: ${join(a, 'secret.json')} is not JSON (unexpected character)`);
  });

  it('a .safetensors header that is not JSON is reported without its content', () => {
    const header = Buffer.from(SECRET);
    const bytes = Buffer.concat([Buffer.alloc(8), header]);
    bytes.writeBigUInt64LE(BigInt(header.length));
    const e = (() => { try { decodeSafetensors(bytes, 'f.safetensors'); } catch (err) { return err as TempofuseError; } })();
    expect(e?.toLine()).toBe('SafetensorsError: f.safetensors: header is not valid JSON (unexpected character)');
  });

  it('joinInside accepts paths inside and refuses the rest', () => {
    expect(joinInside('/a/b', 'kernels/k.wgsl', 'f')).toBe('/a/b/kernels/k.wgsl');
    for (const bad of ['..', '../b2/x', '/etc/passwd', '', 'kernels/../..', 7]) {
      expect(() => joinInside('/a/b', bad, 'f'), String(bad)).toThrow(/^artifact \/a\/b: f leaves the folder/);
    }
  });
});

describe('run --out and EPIPE', () => {
  it('run --out that cannot be written fails before the run, in one line', async () => {
    const out = join(tmp('secret.json'), 'y.safetensors');
    // mkdir says EEXIST, writing a file there ENOTDIR
    expectOneLineError(await cli(['run', SMALL, '--target', 'reference', '--out', out]), new RegExp(`^error: FileError: cannot write ${out}: E(EXIST|NOTDIR)$`));
  });

  it('a reader that closes stdout early ends the command quietly with exit code 0', async () => {
    const child = spawn(process.execPath, ['bin/tempofuse.js', 'inspect', '--kernels', EXAMPLE], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // closed before the command writes anything: its first write meets EPIPE
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
